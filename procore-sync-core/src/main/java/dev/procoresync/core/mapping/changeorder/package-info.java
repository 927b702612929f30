/**
 * Change-order classification: decides whether a Procore change order (package or potential change
 * order) is a REGULAR change order, an NPC (non-project change) order, or NOT_ELIGIBLE for the ERP,
 * and why. What an ERP does with each class (project class, linked projects) belongs to the
 * connector modules, not here.
 *
 * <pre>{@code
 * ChangeOrderClassifier classifier = ChangeOrderClassifier.of(
 *     ChangeOrderRules.defaults().withNpcRule(NpcRule.customField("NPC")));
 * ChangeOrderClassification c = classifier.classify(facts);
 * if (c.category() == ChangeOrderCategory.NOT_ELIGIBLE) {
 *   report.skip(co, c.violations());
 * }
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.mapping.changeorder;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
