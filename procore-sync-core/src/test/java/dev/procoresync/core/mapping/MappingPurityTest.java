package dev.procoresync.core.mapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The mapping packages stay pure: no I/O, no clock reads, no client or HTTP types, no cycles. */
class MappingPurityTest {

  static final JavaClasses MAPPING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.procoresync.core.mapping");

  @Test
  void dependsOnlyOnTheJdkCoreValidationAndAnnotations() {
    classes()
        .that()
        .resideInAPackage("dev.procoresync.core.mapping..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.procoresync.core.mapping..",
            "dev.procoresync.core.validation..",
            "dev.procoresync.core",
            "java.lang..",
            "java.util..",
            "java.math..",
            "java.time..",
            "java.text..",
            "org.jspecify.annotations..",
            "org.immutables.value..",
            // Annotations on Immutables-generated code (the shared SyncStyle is Jackson-ready).
            "com.fasterxml.jackson.annotation..",
            "com.fasterxml.jackson.databind.annotation..",
            "com.google.errorprone.annotations..",
            "javax.annotation..")
        .check(MAPPING);
  }

  @Test
  void neverReadsTheClock() {
    noClasses()
        .that()
        .resideInAPackage("dev.procoresync.core.mapping..")
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Clock.class)
        .check(MAPPING);
  }

  @Test
  void noIoOrNetworkTypes() {
    noClasses()
        .that()
        .resideInAPackage("dev.procoresync.core.mapping..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..",
            "java.nio..",
            "java.net..",
            "okhttp3..",
            "retrofit2..",
            "dev.procoresync.core.client..",
            "dev.procoresync.core.state..")
        .check(MAPPING);
  }

  @Test
  void subPackagesFormNoCycles() {
    SlicesRuleDefinition.slices()
        .matching("dev.procoresync.core.mapping.(*)..")
        .should()
        .beFreeOfCycles()
        .check(MAPPING);
  }
}
