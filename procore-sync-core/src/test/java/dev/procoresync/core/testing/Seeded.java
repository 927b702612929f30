package dev.procoresync.core.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A randomised test: a JUnit parameterized test run once per seed, the seed in its display name.
 * The method takes one {@code long seed} and builds its input from {@code new
 * SplittableRandom(seed)}. {@code -Dprocoresync.seed=N} replays only seed N; {@code
 * -Dprocoresync.seedBase=M} draws a different series of seeds. A failure's message starts with its
 * seed and the property that replays it (build tools print the invocation index, not the name).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(Seeds.Provider.class)
@ExtendWith(Seeds.Reporter.class)
public @interface Seeded {
  /** How many seeds a plain build runs. */
  int tries();
}
