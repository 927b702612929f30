/**
 * Reconciliation, the "link identical records first" step of a first sync (busybusy) or an import
 * (ExakTime): records of two systems are linked on configurable match keys in priority order;
 * whatever is left is only-left, only-right or ambiguous. Ambiguity is reported, never guessed.
 *
 * <pre>{@code
 * Reconciliation<Worker, Employee> r = Reconciler.reconcile(procoreWorkers, busyEmployees, List.of(
 *     MatchKey.of("employee id", Worker::employeeId, Employee::payrollId, Normalizer.trimmed()),
 *     MatchKey.of("e-mail", Worker::email, Employee::email, Normalizer.email()),
 *     MatchKey.of("name", Worker::fullName, Employee::fullName, Normalizer.personName())));
 * r.links();     // pairs to link
 * r.onlyLeft();  // copy to busybusy
 * r.onlyRight(); // copy to Procore
 * r.ambiguous(); // for a person to decide
 * }</pre>
 *
 * <p>Where this package fits: the <a href="{@docRoot}/index.html">overview</a>.
 */
@SyncStyle
@NullMarked
package dev.procoresync.core.mapping.reconcile;

import dev.procoresync.core.SyncStyle;
import org.jspecify.annotations.NullMarked;
