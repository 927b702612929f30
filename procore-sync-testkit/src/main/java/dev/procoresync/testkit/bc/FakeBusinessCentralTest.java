package dev.procoresync.testkit.bc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class (or the annotated method) against a fresh {@link
 * FakeBusinessCentral}, injected as a parameter (its {@link dev.procoresync.testkit.FakeClock}
 * too).
 *
 * <pre>{@code
 * @FakeBusinessCentralTest
 * class ProjectPushTest {
 *   @Test
 *   void pushes(FakeBusinessCentral bc, FakeClock clock) {
 *     bc.given(BcCompanyFixture.builder().project("JOB1", "Tower", p -> {}).build());
 *     // point the code under test at bc.apiBaseUrl() and bc.tokenUrl() ...
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeBusinessCentralExtension.class)
public @interface FakeBusinessCentralTest {}
