package dev.procoresync.core.flow;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.procoresync.core.sync.ResumePosition;
import dev.procoresync.core.sync.SyncReport;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The state of an {@link AsyncUpsertTemplate} run between calls: the report so far and the writes
 * still awaiting an answer. A host keeps it (as {@linkplain #toJson() JSON}, in its own store) from
 * the call that queued the writes to the calls, possibly hours later and in another process, that
 * take in the answers.
 *
 * <p>The run is {@linkplain #isFinal() final} when no write awaits an answer: its {@link #report()}
 * is then the final report ({@code COMPLETED}, {@code CANCELLED} or {@code ABORTED}). Until then
 * the report is a progress snapshot with status {@code AWAITING_ANSWERS}: its counts hold the
 * outcomes decided so far and {@link SyncReport#awaiting()} the rest.
 *
 * <pre>{@code
 * AsyncUpsertRun run = template.start("company:7", vendors, mapper, options);
 * store.put(runId, run.toJson());
 * // a Web Connector session later:
 * AsyncUpsertRun later = template.collect(AsyncUpsertRun.fromJson(store.get(runId)), listener);
 * if (later.isFinal()) { System.out.println(later.report().toText()); }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = AsyncUpsertRunBuilder.ImmutableAsyncUpsertRun.class)
@JsonDeserialize(as = AsyncUpsertRunBuilder.ImmutableAsyncUpsertRun.class)
public abstract class AsyncUpsertRun {
  AsyncUpsertRun() {}

  /**
   * Returns a new, empty builder of {@code AsyncUpsertRun} values.
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

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .build();

  /**
   * Returns the report: final when {@link #isFinal()}, else a progress snapshot.
   *
   * @return the report
   */
  public abstract SyncReport report();

  /**
   * Returns the writes still awaiting an answer, in the order they were queued.
   *
   * @return the awaited writes; empty when the run is final
   */
  public abstract List<AwaitedWrite> awaited();

  /**
   * Returns how the run's final report will end once every answer is in: {@code COMPLETED}, {@code
   * CANCELLED} or {@code ABORTED}, as the run that queued the writes ended.
   *
   * @return the final status
   */
  public abstract SyncReport.Status finalStatus();

  /**
   * Returns where a rerun may carry on, for a cancelled or aborted run.
   *
   * @return the resume position, or empty
   */
  public abstract Optional<ResumePosition> resumeFrom();

  /**
   * Returns why an aborted run stopped.
   *
   * @return the reason, or empty
   */
  public abstract Optional<String> abortReason();

  /**
   * Tells whether every queued write has its answer.
   *
   * @return {@code true} when {@link #report()} is final
   */
  @JsonIgnore
  public final boolean isFinal() {
    return awaited().isEmpty();
  }

  /**
   * Renders the state as JSON; {@link #fromJson} reads it back into an equal state.
   *
   * @return one line of JSON
   */
  public final String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the run of '" + report().flow() + "'", e);
    }
  }

  /**
   * Reads a state written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the state
   * @throws IllegalArgumentException when the text is not such a state, or an inconsistent one
   */
  public static AsyncUpsertRun fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return JSON.readValue(json, AsyncUpsertRun.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a valid AsyncUpsertRun: " + e.getOriginalMessage(), e);
    }
  }

  @Value.Check
  void check() {
    SyncReport.Status status = report().status();
    if (finalStatus() == SyncReport.Status.AWAITING_ANSWERS) {
      throw new IllegalArgumentException("finalStatus must not be AWAITING_ANSWERS");
    }
    if (isFinal() ? status != finalStatus() : status != SyncReport.Status.AWAITING_ANSWERS) {
      throw new IllegalArgumentException(
          "a run with "
              + awaited().size()
              + " awaited writes cannot have a report "
              + status
              + " (final status "
              + finalStatus()
              + ")");
    }
    if (report().awaiting() != awaited().size()) {
      throw new IllegalArgumentException(
          "the report awaits "
              + report().awaiting()
              + " answers but "
              + awaited().size()
              + " writes are listed");
    }
    Set<String> keys = new HashSet<>();
    for (AwaitedWrite w : awaited()) {
      if (!keys.add(w.key())) {
        throw new IllegalArgumentException("key '" + w.key() + "' is awaited twice");
      }
    }
    if ((finalStatus() == SyncReport.Status.COMPLETED) == resumeFrom().isPresent()
        || (finalStatus() == SyncReport.Status.ABORTED) != abortReason().isPresent()) {
      throw new IllegalArgumentException(
          "final status "
              + finalStatus()
              + " does not match resumeFrom "
              + resumeFrom()
              + " and abortReason "
              + abortReason());
    }
  }

  /**
   * Builds {@code AsyncUpsertRun} values: a setter per attribute (plus {@code add*}/{@code addAll*}
   * for lists and {@code put*}/{@code putAll*} for maps), {@code from(value)} to start from a
   * value, and {@code build()}. Get one from {@link #builder()} or {@link #toBuilder()}; a builder
   * is not thread safe.
   */
  public static final class Builder extends AsyncUpsertRunBuilder {
    Builder() {}
  }
}
