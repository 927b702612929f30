/**
 * JMH benchmarks of the Procore client's decoding: a 1,000-item page of timecard entries decoded
 * into the library's immutable models, beside plain Jackson decoding of the same JSON into a
 * mutable POJO with the same field types and a mapper of the same configuration ({@code
 * ProcoreJson.newMapper()}), in the same run. Scores are items per second
 * ({@code @OperationsPerInvocation}).
 *
 * <pre>
 * ./mvnw -B -pl procore-sync-benchmarks -am package -DskipTests
 * java -jar procore-sync-benchmarks/target/benchmarks.jar client -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@NullMarked
package dev.procoresync.benchmarks.client;

import org.jspecify.annotations.NullMarked;
