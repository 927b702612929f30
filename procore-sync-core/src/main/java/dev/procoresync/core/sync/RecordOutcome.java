package dev.procoresync.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.procoresync.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input record: its key as the user knows it, the {@link Outcome}, the target id
 * when known, and for a skip or a failure the reason.
 *
 * <ul>
 *   <li>{@link Outcome#SKIPPED}: a reason code, a message the user can act on and the violations
 *       behind it (possibly none).
 *   <li>{@link Outcome#FAILED}: the error's type and message. The {@link Throwable} itself is kept
 *       for logging ({@link #cause()}) but never serialized, and never compared.
 *   <li>Other outcomes carry neither.
 * </ul>
 *
 * <p>Texts are bounded so that a report stays small whatever a record holds: a key, target id,
 * reason code or error type longer than {@link #MAX_LABEL_LENGTH} characters, and a message or a
 * violation's rejected value or message longer than {@link #MAX_TEXT_LENGTH}, is cut and ends with
 * a marker saying how many characters were left out ({@code "…[+999744 chars]"}); a cut never
 * splits a surrogate pair.
 *
 * <pre>{@code
 * RecordOutcome.created("vendor V-0042", "5611");
 * RecordOutcome.skipped("vendor V-0043", validated.violations());
 * RecordOutcome.failed("vendor V-0044", e);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = RecordOutcomeBuilder.ImmutableRecordOutcome.class)
@JsonDeserialize(as = RecordOutcomeBuilder.ImmutableRecordOutcome.class)
public abstract class RecordOutcome {
  RecordOutcome() {}

  /**
   * Returns a new, empty builder of {@code RecordOutcome} values.
   *
   * <p>Its {@code build()} throws {@link IllegalStateException} naming every required attribute
   * left unset; a setter given {@code null} for a required attribute throws {@link
   * NullPointerException} naming it ({@code null} for an optional attribute leaves it empty).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder holding this value's attributes, to make a changed copy; this value is
   * left as it is.
   *
   * @return a new builder that starts from this value
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Values of secret-looking parameters or headers in an error message, to be masked. */
  private static final Pattern SECRET =
      Pattern.compile(
          "(?i)(bearer\\s+|(?:access_token|refresh_token|client_secret|password)"
              + "\"?\\s*[=:]\\s*\"?)[^\\s&\",}]+");

  /** The longest key, target id, reason code or error type kept, in characters. */
  public static final int MAX_LABEL_LENGTH = 300;

  /** The longest message, or violation value or message, kept, in characters. */
  public static final int MAX_TEXT_LENGTH = 2_000;

  /**
   * Returns the record's key as the user knows it, such as {@code "vendor V-0042"}.
   *
   * @return the key, never blank
   */
  public abstract String key();

  /**
   * Returns what became of the record.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns the id of the record on the target, when known (ids are text, so v1 {@code long} ids
   * and v2 string ids fit alike). Empty in a dry run for a record that would be created.
   *
   * @return the target id, or empty
   */
  public abstract Optional<String> targetId();

  /**
   * Returns the reason code of a skip, such as {@code "name.blank"}.
   *
   * @return the reason code for {@link Outcome#SKIPPED}; empty otherwise
   */
  public abstract Optional<String> reason();

  /**
   * Returns the error's type for a failure, such as {@code
   * "dev.procoresync.core.error.ProcoreApiException"}.
   *
   * @return the error type for {@link Outcome#FAILED}; empty otherwise
   */
  public abstract Optional<String> errorType();

  /**
   * Returns the message: what the user can do about a skip, or the error message of a failure.
   *
   * @return the message for {@link Outcome#SKIPPED} and {@link Outcome#FAILED}; empty otherwise
   */
  public abstract Optional<String> message();

  /**
   * Returns the violations that caused a skip.
   *
   * @return the violations; empty for every other outcome
   */
  public abstract List<Violation> violations();

  /**
   * Returns the error behind a failure, for logging its stack trace. Kept in memory only: it is
   * left out of JSON, {@code equals} and {@code toString}.
   *
   * @return the error, or empty (always empty after a JSON round trip)
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<Throwable> cause();

  /**
   * A created record.
   *
   * @param key the record's key as the user knows it
   * @param targetId the new id on the target, or {@code null} when unknown (a dry run)
   * @return the outcome
   */
  public static RecordOutcome created(String key, @Nullable String targetId) {
    return plain(key, Outcome.CREATED, targetId);
  }

  /**
   * An updated record.
   *
   * @param key the record's key as the user knows it
   * @param targetId the id on the target, or {@code null} when unknown
   * @return the outcome
   */
  public static RecordOutcome updated(String key, @Nullable String targetId) {
    return plain(key, Outcome.UPDATED, targetId);
  }

  /**
   * A record that already matched the target.
   *
   * @param key the record's key as the user knows it
   * @param targetId the id on the target, or {@code null} when unknown
   * @return the outcome
   */
  public static RecordOutcome unchanged(String key, @Nullable String targetId) {
    return plain(key, Outcome.UNCHANGED, targetId);
  }

  /**
   * A record deleted or archived on the target.
   *
   * @param key the record's key as the user knows it
   * @param targetId the id on the target, or {@code null} when unknown
   * @return the outcome
   */
  public static RecordOutcome archived(String key, @Nullable String targetId) {
    return plain(key, Outcome.ARCHIVED, targetId);
  }

  /**
   * A record skipped because it broke business rules. The reason code is the first violation's
   * code; the message joins every violation's message.
   *
   * @param key the record's key as the user knows it
   * @param violations at least one violation
   * @return the outcome
   * @throws IllegalArgumentException when {@code violations} is empty
   */
  public static RecordOutcome skipped(String key, List<Violation> violations) {
    List<Violation> copy = List.copyOf(Objects.requireNonNull(violations, "violations"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(
          "violations must not be empty for a skip of '"
              + key
              + "'; use skipped(key, reason, msg)");
    }
    List<Violation> bounded =
        copy.stream()
            .map(
                v ->
                    Violation.of(
                        label(v.code()),
                        label(v.field()),
                        v.rejectedValue() == null ? null : text(v.rejectedValue()),
                        text(v.message())))
            .toList();
    return RecordOutcome.builder()
        .key(label(key))
        .outcome(Outcome.SKIPPED)
        .reason(bounded.get(0).code())
        .message(text(copy.stream().map(Violation::message).collect(Collectors.joining("; "))))
        .violations(bounded)
        .build();
  }

  /**
   * A record skipped for a reason that is not a violation (for example "the project is closed").
   *
   * @param key the record's key as the user knows it
   * @param reason a stable reason code, such as {@code "project.inactive"}
   * @param message what the user can do about it
   * @return the outcome
   * @throws IllegalArgumentException when {@code reason} or {@code message} is blank
   */
  public static RecordOutcome skipped(String key, String reason, String message) {
    return RecordOutcome.builder()
        .key(label(key))
        .outcome(Outcome.SKIPPED)
        .reason(label(reason))
        .message(text(message))
        .build();
  }

  /**
   * A record whose write failed. The type and message are taken from {@code error}; anything in the
   * message that looks like a token, secret or password is masked.
   *
   * @param key the record's key as the user knows it
   * @param error the failure
   * @return the outcome
   */
  public static RecordOutcome failed(String key, Throwable error) {
    Objects.requireNonNull(error, "error");
    String text = error.getMessage();
    return RecordOutcome.builder()
        .key(label(key))
        .outcome(Outcome.FAILED)
        .errorType(label(error.getClass().getName()))
        .message(text(text == null || text.isBlank() ? "(no message)" : mask(text)))
        .cause(error)
        .build();
  }

  /**
   * Describes an error in one line: its type, a colon and its message (secret-looking values
   * masked), bounded to {@link #MAX_TEXT_LENGTH} characters.
   *
   * @param error the error
   * @return such as {@code "java.lang.IllegalStateException: source closed"}
   */
  public static String describe(Throwable error) {
    Objects.requireNonNull(error, "error");
    String text = error.getMessage();
    return text(
        error.getClass().getName()
            + ": "
            + (text == null || text.isBlank() ? "(no message)" : mask(text)));
  }

  /**
   * A record whose write failed, described without a {@link Throwable} (for example a per-item
   * error of a batch {@code sync} call).
   *
   * @param key the record's key as the user knows it
   * @param errorType the kind of error, such as {@code "procore.sync.item_error"}
   * @param message the error message; secret-looking values are masked
   * @return the outcome
   */
  public static RecordOutcome failed(String key, String errorType, String message) {
    return RecordOutcome.builder()
        .key(label(key))
        .outcome(Outcome.FAILED)
        .errorType(label(errorType))
        .message(text(mask(Objects.requireNonNull(message, "message"))))
        .build();
  }

  private static RecordOutcome plain(String key, Outcome outcome, @Nullable String targetId) {
    return RecordOutcome.builder()
        .key(label(key))
        .outcome(outcome)
        .targetId(Optional.ofNullable(targetId).map(RecordOutcome::label))
        .build();
  }

  private static String label(String value) {
    return truncate(Objects.requireNonNull(value, "key"), MAX_LABEL_LENGTH);
  }

  private static String text(String value) {
    return truncate(value, MAX_TEXT_LENGTH);
  }

  /**
   * Cuts {@code value} to at most {@code max} characters, ending a cut text with a marker that says
   * how many characters were left out; never splits a surrogate pair.
   *
   * @param value the text
   * @param max the most characters to keep, at least 32
   * @return {@code value} itself when short enough, else its start and the marker
   * @throws IllegalArgumentException when {@code max} is below 32
   */
  public static String truncate(String value, int max) {
    Objects.requireNonNull(value, "value");
    if (max < 32) {
      throw new IllegalArgumentException("max must be at least 32 (was " + max + ")");
    }
    if (value.length() <= max) {
      return value;
    }
    int cut = max - 24; // room for "…[+2147483647 chars]"
    if (Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    return value.substring(0, cut) + "…[+" + (value.length() - cut) + " chars]";
  }

  static String mask(String text) {
    return SECRET.matcher(text).replaceAll("$1****");
  }

  @Value.Check
  void check() {
    if (key().isBlank()) {
      throw new IllegalArgumentException("key must not be blank (was '" + key() + "')");
    }
    targetId().ifPresent(id -> requireText("targetId", id));
    boolean skip = outcome() == Outcome.SKIPPED;
    boolean fail = outcome() == Outcome.FAILED;
    if (reason().isPresent() != skip
        || errorType().isPresent() != fail
        || message().isPresent() != (skip || fail)
        || (!skip && !violations().isEmpty())
        || (!fail && cause().isPresent())) {
      throw new IllegalArgumentException(
          outcome()
              + " of '"
              + key()
              + "': a skip needs a reason and a message (and may list violations), a failure an"
              + " error type and a message, and other outcomes none of these");
    }
    reason().ifPresent(r -> requireText("reason", r));
    errorType().ifPresent(t -> requireText("errorType", t));
    message().ifPresent(m -> requireText("message", m));
  }

  private void requireText(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          name + " must not be blank (was '" + value + "') for '" + key() + "'");
    }
  }

  /**
   * Builds {@code RecordOutcome} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends RecordOutcomeBuilder {
    Builder() {}
  }
}
