package dev.procoresync.testkit.procore;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class (or the annotated method) against a fresh {@link FakeProcore},
 * injected as a {@code FakeProcore} parameter (its {@link dev.procoresync.testkit.FakeClock} too).
 *
 * <pre>{@code
 * @FakeProcoreTest
 * class VendorTest {
 *   @Test
 *   void seeds(FakeProcore procore) {
 *     long id = procore.givenVendor(Fixtures.vendor("Acme"));
 *     assertTrue(procore.find("vendors", id).isPresent());
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeProcoreExtension.class)
public @interface FakeProcoreTest {}
