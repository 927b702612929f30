/**
 * End-to-end figures of the Business Central connector: {@link
 * dev.procoresync.benchmarks.bc.BcStreamingMemoryFigure} streams a generated company of 5,000
 * projects and up to 1,000,000 job planning lines, served by the fake Business Central in another
 * process, through {@code BcClient} in a JVM capped at {@code -Xmx256m}, and prints the peak heap
 * after GC at two sizes.
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am package -DskipTests
 * java -cp procore-sync-benchmarks/target/benchmarks.jar \
 *     dev.procoresync.benchmarks.bc.BcStreamingMemoryFigure 100000 1000000
 * </pre>
 */
@NullMarked
package dev.procoresync.benchmarks.bc;

import org.jspecify.annotations.NullMarked;
