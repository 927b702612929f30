package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Mutate;
import dev.procoresync.core.testing.Seeds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Records and pages decoded through {@link ProcoreJson} from mutated real samples (the model tests'
 * own JSON, in {@code fuzz/model-samples.tsv}): each ends in a value that writes and reads back to
 * itself, or in Jackson's {@link JsonProcessingException}, never in a JDK exception.
 */
class ModelFuzzTest {

  static final ObjectMapper JSON = ProcoreJson.mapper();

  record Sample(Class<?> type, String json) {}

  static final List<Sample> SAMPLES = load();

  static List<Sample> load() {
    List<Sample> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ModelFuzzTest.class.getResourceAsStream("/fuzz/model-samples.tsv")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        out.add(new Sample(Class.forName("dev.procoresync.core.model." + parts[0]), parts[1]));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  record Input(Sample sample, boolean page, String json) {
    @Override
    public String toString() {
      return (page ? "page of " : "") + sample.type().getSimpleName() + " " + json;
    }
  }

  static Input input(SplittableRandom r) {
    Sample sample = Seeds.oneOf(r, SAMPLES);
    String mutated = Mutate.json(r, sample.json());
    boolean page = r.nextInt(4) == 0;
    return new Input(sample, page, page ? "[" + sample.json() + "," + mutated + "]" : mutated);
  }

  @Test
  void everyRecordAndPageDecodesOrFailsWithJacksonsException() {
    Fuzz.run(
        "model record/page (ProcoreJson)",
        3_000,
        ModelFuzzTest::input,
        in -> {
          JavaType type =
              in.page()
                  ? JSON.getTypeFactory().constructCollectionType(List.class, in.sample().type())
                  : JSON.constructType(in.sample().type());
          Object value = JSON.readValue(in.json(), type);
          if (value != null) {
            // what is written reads back to what writes the same (BigDecimal scales may differ)
            String written = JSON.writeValueAsString(value);
            Object back = JSON.readValue(written, type);
            assertEquals(written, JSON.writeValueAsString(back), "written, read and written");
            value.toString();
          }
        },
        t -> t instanceof JsonProcessingException);
  }

  @Test
  void everyScalarDecodesOrFailsWithJacksonsException() {
    List<Class<?>> types =
        List.of(
            Instant.class,
            OffsetDateTime.class,
            LocalDate.class,
            BigDecimal.class,
            Long.class,
            Integer.class,
            Double.class,
            String.class,
            TimecardEntry.class);
    Fuzz.run(
        "scalar (ProcoreJson, FastIsoTime)",
        2_000,
        r -> {
          String value =
              r.nextBoolean()
                  ? Mutate.jsonValue(r, 0)
                  : "\"" + Mutate.escape(Mutate.text(r, FastIsoTimeTest.isoTime(r))) + "\"";
          return Seeds.oneOf(r, types).getSimpleName() + "\t" + value;
        },
        line -> {
          String[] parts = line.split("\t", 2);
          Class<?> type =
              types.stream()
                  .filter(t -> t.getSimpleName().equals(parts[0]))
                  .findFirst()
                  .orElseThrow();
          JSON.readValue(parts[1], type);
          JSON.readTree(parts[1]);
        },
        t -> t instanceof JsonProcessingException);
  }
}
