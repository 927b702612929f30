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
 * <p>Put it on a {@code package-info.java} (or a single type) and declare each value as an abstract
 * type annotated {@code @Value.Immutable}; Immutables generates a public {@code Immutable*}
 * implementation with a builder. The style is Jackson-friendly: property names are left to the
 * {@code ObjectMapper}'s naming strategy (snake_case for Procore's wire format), collections are
 * copied into unmodifiable JDK collections, and {@code null} is refused unless an attribute is
 * declared {@code @Nullable} or {@code Optional}.
 *
 * <pre>{@code
 * @SyncStyle
 * package dev.procoresync.core.model;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
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
