/**
 * The runnable demo and the code the README shows.
 *
 * <p>{@link dev.procoresync.examples.Demo} starts the testkit's fake Procore in process, generates
 * a deterministic sample ERP export and runs the generic flows through the real client over
 * loopback HTTP. {@link dev.procoresync.examples.Quickstart} is the README's quickstart, compiled
 * here so that it cannot rot.
 */
@NullMarked
package dev.procoresync.examples;

import org.jspecify.annotations.NullMarked;
