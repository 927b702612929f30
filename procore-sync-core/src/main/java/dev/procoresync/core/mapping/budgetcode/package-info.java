/**
 * Budget codes (Procore WBS codes): a {@link
 * dev.procoresync.core.mapping.budgetcode.BudgetCodeFormat} built from a project's WBS segments
 * parses and formats budget code strings, and a {@link
 * dev.procoresync.core.mapping.budgetcode.BudgetCodeSplitter} splits them for Business Central time
 * sheets (cost code as Job Task No., cost type, sub job as Segment Code).
 *
 * <pre>{@code
 * BudgetCodeFormat format = BudgetCodeFormat.procoreDefault();
 * BudgetCode code = format.parse("P.06-200.LAB").value();
 * code.subJob();        // Optional[P]
 * code.costCode();      // Optional[06-200]
 * code.costCodeTiers(); // [06, 200]
 * code.costType();      // Optional[LAB]
 * format.format(code);  // Valid[P.06-200.LAB]
 * }</pre>
 *
 * <p>Parsing never guesses: an input with more than one reading is a violation unless the project's
 * {@link dev.procoresync.core.mapping.budgetcode.SegmentItems segment items} decide it.
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.mapping.budgetcode;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
