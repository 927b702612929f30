/**
 * A simulated QuickBooks Desktop company file answering qbXML 13.0 ({@link
 * dev.procoresync.testkit.qbd.company.SimulatedCompanyFile}) and the table of schema facts it
 * checks requests against ({@link dev.procoresync.testkit.qbd.company.QbXmlFacts}).
 *
 * <p>It uses no type of {@code procore-sync-qbd}: requests arrive as text, answers leave as text.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@NullMarked
package dev.procoresync.testkit.qbd.company;

import org.jspecify.annotations.NullMarked;
