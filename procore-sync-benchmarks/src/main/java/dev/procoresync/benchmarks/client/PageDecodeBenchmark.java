package dev.procoresync.benchmarks.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.procoresync.core.model.ProcoreJson;
import dev.procoresync.core.model.TimecardEntry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding one 1,000-item page of timecard entries (the client's page size) from bytes, as the
 * client does ({@link ProcoreJson}'s mapper, a reader for {@code List<TimecardEntry>}), against the
 * baseline: plain Jackson data binding into {@link TimecardEntryPojo}, a mutable POJO with the same
 * field types.
 *
 * <p>The comparison is kept fair: both sides decode the same bytes with a mapper of the same
 * configuration ({@link ProcoreJson#newMapper()}: snake_case, unknown fields and enum values
 * tolerated, blank strings as absent, the same java.time and BigDecimal handling), through an
 * {@link ObjectReader} built once, so that the only difference measured is the model type
 * (immutable values with {@code Optional} attributes, built through Immutables' generated code,
 * against public fields). Both results are returned, which JMH sinks into its blackhole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageDecodeBenchmark {
  static final int ITEMS = 1_000;

  byte[] page = new byte[0];
  ObjectReader models = ProcoreJson.mapper().readerFor(new TypeReference<List<TimecardEntry>>() {});

  /** Same configuration as the models' mapper; a separate instance, as a user's would be. */
  ObjectReader pojos =
      ProcoreJson.newMapper().readerFor(new TypeReference<List<TimecardEntryPojo>>() {});

  /** Builds a page shaped like Procore's project timecard entries answer. */
  @Setup
  public void setUp() {
    page = pageJson(ITEMS).getBytes(StandardCharsets.UTF_8);
  }

  static String pageJson(int items) {
    StringBuilder sb = new StringBuilder(items * 900).append('[');
    LocalDate day = LocalDate.of(2026, 11, 2);
    for (int i = 0; i < items; i++) {
      if (i > 0) {
        sb.append(',');
      }
      LocalDate d = day.plusDays(i % 7);
      sb.append("{\"id\":")
          .append(50_000_000L + i)
          .append(",\"date\":\"")
          .append(d)
          .append("\",\"datetime\":\"")
          .append(d)
          .append("T00:00:00Z\",\"hours\":\"")
          .append(i % 9)
          .append(".50\",\"time_in\":\"")
          .append(d)
          .append("T07:00:00-05:00\",\"time_out\":\"")
          .append(d)
          .append("T15:30:00-05:00\",\"lunch_time\":30,\"billable\":true,")
          .append("\"description\":\"Framing level ")
          .append(i % 12)
          .append("\",\"approval_status\":\"pending\",")
          .append("\"timesheet\":{\"id\":")
          .append(7000 + i % 7)
          .append(",\"date\":\"")
          .append(d)
          .append("\",\"name\":\"")
          .append(d)
          .append(" - 01\",\"number\":1,\"status\":\"pending\"},")
          .append("\"timesheet_status\":\"pending\",")
          .append("\"cost_code\":{\"id\":")
          .append(300 + i % 40)
          .append(",\"name\":\"Rough Carpentry\",\"code\":\"100\",\"full_code\":\"06-100\"},")
          .append("\"sub_job\":null,\"line_item_type_id\":12,")
          .append("\"timecard_time_type\":{\"id\":1,\"time_type\":\"Regular Time\",")
          .append("\"abbreviated_time_type\":\"REG\",\"global\":true},")
          .append("\"party\":{\"id\":")
          .append(900 + i % 50)
          .append(",\"name\":\"Worker ")
          .append(i % 50)
          .append("\"},\"crew\":{\"id\":5,\"name\":\"Crew A\"},")
          .append("\"login_information\":null,\"location\":null,\"signed\":false,")
          .append("\"origin_id\":")
          .append(100_000 + i)
          .append(",\"origin_data\":\"busybusy:time_entry:")
          .append(i)
          .append("\",\"custom_fields\":{},")
          .append(
              "\"created_at\":\"2026-11-02T12:00:00Z\",\"updated_at\":\"2026-11-03T08:15:30Z\",")
          .append("\"deleted_at\":null}");
    }
    return sb.append(']').toString();
  }

  /**
   * The library: immutable models through {@link ProcoreJson}.
   *
   * @return the decoded page (returned so the JIT cannot drop the work)
   * @throws Exception never, with the fixed page
   */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public List<TimecardEntry> immutableModels() throws Exception {
    return models.readValue(page);
  }

  /**
   * The baseline: plain Jackson data binding into a mutable POJO with the same field types, same
   * mapper configuration.
   *
   * @return the decoded page
   * @throws Exception never, with the fixed page
   */
  @Benchmark
  @OperationsPerInvocation(ITEMS)
  public List<TimecardEntryPojo> plainJacksonPojo() throws Exception {
    return pojos.readValue(page);
  }
}
