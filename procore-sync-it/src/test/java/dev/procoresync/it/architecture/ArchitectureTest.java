package dev.procoresync.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of DESIGN.md, checked over the main classes of every module: no package
 * cycles, no internal type in a public signature, pure mapping packages, models that know no
 * client.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importAll() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.procoresync");
  }

  @Test
  void importsTheMainClassesOfTheModules() {
    // Guards the other rules against passing vacuously because nothing was imported.
    org.junit.jupiter.api.Assertions.assertTrue(
        classes.contain("dev.procoresync.core.error.ProcoreSyncException"),
        "core's classes must be on the test classpath");
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("dev.procoresync.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void internalTypesStayOutOfPublicSignatures() {
    ArchRuleDefinition.classes()
        .that()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(exposeNoInternalTypes())
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void mappingIsPure() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("..mapping..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "java.net..",
                "java.nio.file..",
                "java.nio.channels..",
                "java.sql..",
                "okhttp3..",
                "retrofit2..",
                "..client..",
                "..flow..")
            .orShould()
            .dependOnClassesThat(
                DescribedPredicate.describe(
                    "are java.io streams, readers or files",
                    (JavaClass c) ->
                        c.getPackageName().equals("java.io")
                            && !c.getName().equals("java.io.Serializable")
                            && !c.getName().equals("java.io.UncheckedIOException")))
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.time.Clock")
            .orShould()
            .callMethodWhere(
                DescribedPredicate.describe(
                    "the current time is read",
                    call ->
                        (call.getTarget().getOwner().getPackageName().equals("java.time")
                                && call.getTarget().getName().equals("now"))
                            || (call.getTarget().getOwner().isEquivalentTo(System.class)
                                && (call.getTarget().getName().equals("currentTimeMillis")
                                    || call.getTarget().getName().equals("nanoTime")))))
            .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void modelsKnowNoClient() {
    noClasses()
        .that()
        .resideInAPackage("..model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..client..", "..flow..", "okhttp3..", "retrofit2..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.procoresync.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.procoresync.testkit..",
            "dev.procoresync.bc..",
            "dev.procoresync.timekeeping..",
            "dev.procoresync.qbd..",
            "dev.procoresync.examples..",
            "com.github.tomakehurst..",
            "org.junit..")
        .check(classes);
  }

  private static ArchCondition<JavaClass> exposeNoInternalTypes() {
    return new ArchCondition<>("expose no type of an .internal package in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaMember> members = new ArrayList<>();
        members.addAll(type.getFields());
        members.addAll(type.getCodeUnits());
        for (JavaMember member : members) {
          if (!isVisibleToUsers(member)) {
            continue;
          }
          List<JavaType> exposed = new ArrayList<>();
          if (member instanceof JavaField field) {
            exposed.add(field.getType());
          } else if (member instanceof JavaCodeUnit unit) {
            exposed.add(unit.getReturnType());
            exposed.addAll(unit.getParameterTypes());
          }
          for (JavaType t : exposed) {
            for (JavaClass involved : t.getAllInvolvedRawTypes()) {
              if (involved.getPackageName().contains(".internal")) {
                events.add(
                    SimpleConditionEvent.violated(
                        member,
                        member.getFullName() + " exposes internal type " + involved.getName()));
              }
            }
          }
        }
      }
    };
  }

  private static boolean isVisibleToUsers(JavaMember member) {
    return member.getModifiers().contains(JavaModifier.PUBLIC)
        || member.getModifiers().contains(JavaModifier.PROTECTED);
  }
}
