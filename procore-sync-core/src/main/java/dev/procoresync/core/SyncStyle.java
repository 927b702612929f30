package dev.procoresync.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type of procore-sync.
 *
 * <p>Put it on a {@code package-info.java} (or a single type) and declare each value as a public
 * abstract class annotated {@code @Value.Immutable} with a package-private constructor, a {@code
 * public static Builder builder()}, a {@code public Builder toBuilder()} and a nested {@code public
 * static final class Builder extends XBuilder} (where {@code X} is the value's name). Immutables
 * generates {@code XBuilder} and the implementation nested in it, both package-private: users only
 * ever type {@code X}, {@code X.builder()} and {@code X.Builder}, and the generated classes never
 * appear in the Javadoc (the builder's methods are documented on {@code X.Builder}, which inherits
 * them). The style is Jackson-friendly: property names are left to the {@code ObjectMapper}'s
 * naming strategy (snake_case for Procore's wire format), collections are copied into unmodifiable
 * JDK collections, and {@code null} is refused unless an attribute is declared {@code @Nullable} or
 * {@code Optional}.
 *
 * <pre>{@code
 * @SyncStyle
 * package dev.procoresync.core.model;
 * }</pre>
 *
 * <p>A value read or written as JSON also names the generated implementation in
 * {@code @JsonSerialize(as = ...)} and {@code @JsonDeserialize(as = ...)}.
 *
 * <pre>{@code
 * @Value.Immutable
 * public abstract class Crew {
 *   Crew() {}
 *   public static Builder builder() { return new Builder(); }
 *   public Builder toBuilder() { return new Builder().from(this); }
 *   public abstract String name();
 *   public static final class Builder extends CrewBuilder { Builder() {} }
 * }
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    // The implementation and its builder are package-private; the builder is a top-level class
    // (XBuilder, the implementation nested in it) so that the public X.Builder that extends it
    // inherits documented methods, and build() returns X rather than the implementation.
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    implementationNestedInBuilder = true,
    overshadowImplementation = true,
    jdkOnly = true,
    forceJacksonPropertyNames = false,
    depluralize = true,
    defaultAsDefault = true,
    optionalAcceptNullable = true,
    // No @org.immutables.value.Generated on generated classes: the annotations jar is compile-only
    // (provided), and users compiling against our jars must not see "Cannot find annotation
    // method".
    allowedClasspathAnnotations = {Override.class})
public @interface SyncStyle {}
