package dev.procoresync.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            // core's test helpers reach this module as a test-jar: they are tests, not main code
            .withImportOption(location -> !location.contains("-tests.jar"))
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
  void connectorsBuildOnTheKitNeverOnInternals() {
    // Connector modules use core.http, core.sync, core.flow, the mapping and model packages and the
    // testkit's public engine; an internal package of core or of the testkit is not theirs to use.
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.procoresync.bc..", "dev.procoresync.timekeeping..", "dev.procoresync.qbd..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.procoresync.core..internal..", "dev.procoresync.testkit..internal..")
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

  /** The resource facades: what {@code CompanyClient}'s accessors return. */
  private static List<JavaClass> facades() {
    JavaClass company = classes.get("dev.procoresync.core.client.CompanyClient");
    List<JavaClass> facades = new ArrayList<>();
    for (JavaMethod accessor : company.getMethods()) {
      JavaClass type = accessor.getRawReturnType();
      if (accessor.getModifiers().contains(JavaModifier.PUBLIC)
          && accessor.getRawParameterTypes().isEmpty()
          && type.getPackageName().equals("dev.procoresync.core.client")
          && !facades.contains(type)) {
        facades.add(type);
      }
    }
    return facades;
  }

  private static final Pattern VERB =
      Pattern.compile("(get|list|find|create|update|delete|sync)([A-Z][A-Za-z0-9]*)?");

  /** The one rule for the methods of every facade; the message names what breaks it. */
  private static Optional<String> facadeRuleBroken(JavaMethod m) {
    String name = m.getName();
    Matcher verb = VERB.matcher(name);
    if (!verb.matches()) {
      return Optional.of("is not named get/list/find/create/update/delete/sync[Thing]");
    }
    String returns = m.getRawReturnType().getName();
    switch (verb.group(1)) {
      case "list":
        return returns.equals("dev.procoresync.core.http.PagedIterable")
            ? Optional.empty()
            : Optional.of("lists but returns " + returns + ", not a lazy PagedIterable");
      case "sync":
        return returns.equals("dev.procoresync.core.client.SyncResult")
            ? Optional.empty()
            : Optional.of("syncs but returns " + returns + ", not SyncResult");
      case "find":
        return returns.equals("java.util.Optional")
            ? Optional.empty()
            : Optional.of("finds but returns " + returns + ", not Optional");
      case "delete":
        return returns.equals("void")
            ? Optional.empty()
            : Optional.of("deletes but returns " + returns + ", not void");
      case "get":
        return returns.equals("java.util.Optional")
                || returns.equals("dev.procoresync.core.http.PagedIterable")
            ? Optional.of("gets but returns " + returns + " (find* for Optional, list* for pages)")
            : Optional.empty();
      default:
        return returns.equals("java.util.List") && !verb.group(1).equals("update")
            ? Optional.of("returns a List (lists are PagedIterable)")
            : Optional.empty();
    }
  }

  @Test
  void facadesUseTheSameVerbsAndReturnTypes() {
    List<JavaClass> facades = facades();
    assertTrue(facades.size() >= 20, "expected CompanyClient's ~21 facades, found " + facades);
    List<String> broken = new ArrayList<>();
    for (JavaClass facade : facades) {
      for (JavaMethod m : facade.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)
            || m.getModifiers().contains(JavaModifier.STATIC)
            || m.getName().equals("toString")) {
          continue;
        }
        facadeRuleBroken(m).ifPresent(why -> broken.add(m.getFullName() + " " + why));
      }
    }
    assertTrue(
        broken.isEmpty(), "facade methods break the verb rules:\n" + String.join("\n", broken));
  }

  @Test
  void everyListWithOptionsHasAPlainOverload() {
    List<String> missing = new ArrayList<>();
    for (JavaClass facade : facades()) {
      for (JavaMethod m : facade.getMethods()) {
        List<JavaClass> params = m.getRawParameterTypes();
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)
            || params.isEmpty()
            || !params
                .get(params.size() - 1)
                .getName()
                .equals("dev.procoresync.core.client.ListOptions")) {
          continue;
        }
        List<String> plain = new ArrayList<>();
        for (JavaClass p : params.subList(0, params.size() - 1)) {
          plain.add(p.getName());
        }
        boolean found =
            facade.getMethods().stream()
                .anyMatch(
                    o ->
                        o.getName().equals(m.getName())
                            && o.getModifiers().contains(JavaModifier.PUBLIC)
                            && o.getRawParameterTypes().stream()
                                .map(JavaClass::getName)
                                .toList()
                                .equals(plain));
        if (!found) {
          missing.add(m.getFullName());
        }
      }
    }
    assertTrue(
        missing.isEmpty(),
        "options are optional: add an overload without ListOptions for\n"
            + String.join("\n", missing));
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
