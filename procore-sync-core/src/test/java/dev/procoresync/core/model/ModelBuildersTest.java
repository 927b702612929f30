package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of the model is built with {@code X.builder()} and copied with {@code toBuilder()}.
 */
class ModelBuildersTest {

  @Test
  void builderBuildsAValueOfTheAbstractType() {
    VendorUpdate update =
        VendorUpdate.builder().originId("bc:vendor:V0042").name("Acme Concrete").build();

    assertEquals(Optional.of("Acme Concrete"), update.name());
    assertEquals(Optional.of("bc:vendor:V0042"), update.originId());
    assertEquals(Optional.empty(), update.id());
  }

  @Test
  void toBuilderMakesAChangedCopyAndLeavesTheOriginalAsItWas() {
    VendorUpdate original =
        VendorUpdate.builder().originId("bc:vendor:V0042").name("Acme Concrete").build();

    VendorUpdate renamed = original.toBuilder().name("Acme Concrete Inc.").build();

    assertEquals(Optional.of("Acme Concrete Inc."), renamed.name());
    assertEquals(Optional.of("bc:vendor:V0042"), renamed.originId());
    assertEquals(Optional.of("Acme Concrete"), original.name());
    assertNotEquals(original, renamed);
    assertEquals(original, original.toBuilder().build());
  }

  @Test
  void toBuilderCopiesListsWithoutSharingThem() {
    CrewUpdate crew = CrewUpdate.builder().name("Framing").addPartyIds(77L, 78L).build();

    CrewUpdate grown = crew.toBuilder().addPartyIds(79L).build();

    assertEquals(List.of(77L, 78L, 79L), grown.partyIds());
    assertEquals(List.of(77L, 78L), crew.partyIds());
  }

  @Test
  void buildNamesEveryRequiredAttributeLeftUnset() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> Company.builder().build());

    assertTrue(missing.getMessage().contains("id"), missing.getMessage());
    assertTrue(missing.getMessage().contains("name"), missing.getMessage());
  }

  @Test
  void aNullRequiredAttributeIsRefusedWithItsName() {
    NullPointerException refused =
        assertThrows(NullPointerException.class, () -> Company.builder().name(null));

    assertEquals("name", refused.getMessage());
  }

  @Test
  void aNullOptionalAttributeLeavesItEmpty() {
    VendorUpdate update = VendorUpdate.builder().name((String) null).build();

    assertFalse(update.name().isPresent());
  }

  static Stream<Class<?>> valueTypes() throws IOException, URISyntaxException {
    Path dir =
        Path.of(ProcoreJson.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(ProcoreJson.class.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.startsWith("Immutable")) {
          continue;
        }
        Class<?> type = forName(name.substring(0, name.length() - ".class".length()));
        if (Modifier.isAbstract(type.getModifiers())
            && !type.isInterface()
            && Modifier.isPublic(type.getModifiers())
            && type != CommitmentContract.class) {
          types.add(type);
        }
      }
    }
    assertTrue(types.size() > 50, "found only " + types);
    return types.stream();
  }

  private static Class<?> forName(String simpleName) {
    try {
      return Class.forName(ProcoreJson.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void everyValueHasAPublicBuilderAndToBuilder(Class<?> type) throws Exception {
    Method builder = type.getMethod("builder");
    Method toBuilder = type.getMethod("toBuilder");

    assertTrue(Modifier.isStatic(builder.getModifiers()), type + ".builder() is static");
    assertTrue(Modifier.isPublic(builder.getModifiers()), type + ".builder() is public");
    assertFalse(Modifier.isStatic(toBuilder.getModifiers()), type + ".toBuilder() is not static");
    assertEquals(builder.getReturnType(), toBuilder.getReturnType());
    Class<?> nested = builder.getReturnType();
    assertEquals(type, nested.getDeclaringClass(), type + ".builder() returns its own Builder");
    assertEquals("Builder", nested.getSimpleName());
    assertTrue(Modifier.isPublic(nested.getModifiers()), nested + " is public");
    assertEquals(
        type, nested.getMethod("build").getReturnType(), type + ".Builder builds a " + type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void theGeneratedClassesArePackagePrivate(Class<?> type) throws Exception {
    Class<?> generated = forName(type.getSimpleName() + "Builder");

    assertFalse(Modifier.isPublic(generated.getModifiers()), generated + " is not public");
    for (Class<?> inner : generated.getDeclaredClasses()) {
      assertFalse(Modifier.isPublic(inner.getModifiers()), inner + " is not public");
    }
    assertEquals(generated, type.getMethod("builder").getReturnType().getSuperclass());
  }

  @Test
  void aPackagePrivateImplementationStillRoundTripsThroughJackson() {
    Vendor vendor = Vendor.builder().id(7001L).name("Acme").originId("bc:vendor:V0042").build();

    Vendor back = Json.roundTrip(vendor, Vendor.class);

    assertEquals(vendor, back);
    assertEquals(7001L, back.id());
  }

  @Test
  void aRecordWithoutItsIdIsRefusedNamingIt() {
    AssertionError refused =
        assertThrows(AssertionError.class, () -> Json.read("{\"name\":\"Acme\"}", Vendor.class));

    assertTrue(refused.getMessage().contains("[id]"), refused.getMessage());
  }
}
