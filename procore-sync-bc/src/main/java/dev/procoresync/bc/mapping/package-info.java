/**
 * Pure mappings and validations between ProjectPro records and Procore records: no I/O, no clock
 * reads. A rule that refuses a record returns {@link dev.procoresync.core.validation.Violation}s
 * naming the document, the line and the field.
 */
@NullMarked
package dev.procoresync.bc.mapping;

import org.jspecify.annotations.NullMarked;
