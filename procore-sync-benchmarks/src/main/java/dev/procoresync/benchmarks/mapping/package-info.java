/**
 * JMH benchmarks of the mapping primitives, each beside a named hand-written baseline measured in
 * the same run: the budget-code splitter against {@code String.split}, the roll-up against a {@code
 * HashMap} group-by, and reconciliation against a {@code HashMap} join. Scores are records per
 * second ({@code @OperationsPerInvocation}).
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am package -DskipTests
 * java -jar procore-sync-benchmarks/target/benchmarks.jar mapping -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@NullMarked
package dev.procoresync.benchmarks.mapping;

import org.jspecify.annotations.NullMarked;
