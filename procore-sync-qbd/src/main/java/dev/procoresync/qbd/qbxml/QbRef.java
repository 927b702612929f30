package dev.procoresync.qbd.qbxml;

import dev.procoresync.qbd.qbxml.internal.QbXmlOut;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a QuickBooks list record ({@code CustomerRef}, {@code ItemRef}, {@code AccountRef}
 * ...): its {@code ListID} or its {@code FullName} (hierarchy joined by {@code :}). When both are
 * given QuickBooks ignores the name, so the library writes only the id when it has one.
 *
 * <pre>{@code
 * QbRef.fullName("Acme Corp:Proj 1001");
 * QbRef.listId("80000003-1446676743");
 * }</pre>
 */
@Value.Immutable
public abstract class QbRef {
  /** The most characters of a reference's FullName ({@code CustomerRef}: 5 levels of 41 + 4). */
  public static final int MAX_FULL_NAME = 209;

  /** The most characters of a ListID ({@code IDTYPE}). */
  public static final int MAX_ID = 36;

  QbRef() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this value's attributes.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * A reference by full name.
   *
   * @param fullName such as {@code "Acme Corp:Proj 1001"}
   * @return the reference
   * @throws IllegalArgumentException when the name is blank or longer than 209 characters
   */
  public static QbRef fullName(String fullName) {
    return builder().fullName(fullName).build();
  }

  /**
   * A reference by ListID.
   *
   * @param listId the record's ListID
   * @return the reference
   * @throws IllegalArgumentException when the id is blank or longer than 36 characters
   */
  public static QbRef listId(String listId) {
    return builder().listId(listId).build();
  }

  /**
   * Returns the record's ListID.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> listId();

  /**
   * Returns the record's full name.
   *
   * @return the full name, or empty
   */
  public abstract Optional<String> fullName();

  @Value.Check
  void checkParts() {
    if (listId().isEmpty() && fullName().isEmpty()) {
      throw new IllegalArgumentException("a QbRef needs a listId or a fullName (both were empty)");
    }
    listId().filter(String::isBlank).ifPresent(v -> bad("listId", v));
    fullName().filter(String::isBlank).ifPresent(v -> bad("fullName", v));
    QbXmlOut out = QbXmlOut.validating();
    write(out, "Ref");
  }

  private static void bad(String field, String value) {
    throw new IllegalArgumentException(
        "QbRef." + field + " must not be blank (was '" + value + "')");
  }

  void write(QbXmlOut out, String element) {
    out.start(element);
    if (listId().isPresent()) {
      out.text("ListID", listId().get(), MAX_ID);
    } else {
      out.text("FullName", fullName().orElseThrow(), MAX_FULL_NAME);
    }
    out.end();
  }

  /** Builds {@link QbRef} values. */
  public static final class Builder extends QbRefBuilder {
    Builder() {}
  }
}
