/**
 * JMH benchmarks of the time rules (pairing, rounding, aggregation) over 1,000,000 entries, each
 * beside a hand-written baseline in the same run.
 */
package dev.procoresync.benchmarks.timekeeping;
