package dev.procoresync.testkit.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.testing.Fuzz;
import dev.procoresync.core.testing.Seeded;
import dev.procoresync.core.testing.Seeds;
import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.internal.FilterException;
import dev.procoresync.testkit.bc.internal.ODataFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake's {@code $filter} parser ends every input in a filter or a FilterException (decision
 * 0140), and a name with quotes, ampersands and any letters round-trips through OData escaping and
 * the fake over HTTP.
 */
class ODataFilterFuzzTest {
  private static final BcEntitySet PLANNING =
      BcContract.load().entitySet(BcApi.CUSTOM, "jobPlanningLines");
  private static final List<String> WORDS =
      List.of(
          "jobNo",
          "lineNo",
          "quantity",
          "planningDate",
          "lastModifiedDateTime",
          "id",
          "lineType",
          "sendBudgetLineToProcore",
          "eq",
          "ne",
          "gt",
          "ge",
          "lt",
          "le",
          "and",
          "or",
          "not",
          "(",
          ")",
          ",",
          "'",
          "''",
          "'JOB1'",
          "10000",
          "-3.5",
          "true",
          "null",
          "2025-09-22",
          "2025-09-22T10:15:30Z",
          "2025-02-30",
          "2025-09-22T25:00:00+01:00",
          "5d115c9c-44e3-ea11-bb43-000d3a2feca1",
          "'5d115c9c-44e3-ea11-bb43-000d3a2feca1'",
          "startswith",
          "contains(jobNo,'J')",
          "99999999999999999999999999999999",
          "é",
          "$",
          "/");

  private static FakeBusinessCentral bc;

  @BeforeAll
  static void start() {
    bc = FakeBusinessCentral.builder().rateLimit(false).start();
  }

  @AfterAll
  static void stop() {
    bc.close();
  }

  @Test
  void parserEndsInAFilterOrAFilterException() {
    ObjectNode row =
        BcHttp.MAPPER
            .createObjectNode()
            .put("jobNo", "JOB1")
            .put("lineNo", 10000)
            .put("quantity", 2.5)
            .put("planningDate", "2025-09-22")
            .put("lastModifiedDateTime", "2025-09-22T10:00:00Z");
    Fuzz.run(
        "bc $filter",
        3000,
        ODataFilterFuzzTest::filterText,
        text -> ODataFilter.parse(text, PLANNING).test(row),
        t -> t instanceof FilterException);
  }

  private static String filterText(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = Seeds.between(r, 0, 14);
    for (int i = 0; i < n; i++) {
      if (Seeds.chance(r, 0.1)) {
        b.append(Seeds.anyString(r, 0, 4));
      } else {
        b.append(Seeds.oneOf(r, WORDS));
      }
      b.append(Seeds.chance(r, 0.8) ? " " : "");
    }
    if (Seeds.chance(r, 0.05)) {
      b.append("(".repeat(Seeds.between(r, 50, 5000)));
    }
    return b.toString();
  }

  @Seeded(tries = 40)
  void namesRoundTripThroughEscapingAndTheFake(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String name =
        Seeds.string(
            r,
            1,
            40,
            Seeds.range(' ', '~'),
            Seeds.range('\u00c0', '\u017f'),
            Seeds.range('\u4e00', '\u4e20'),
            new char[] {'\'', '\''},
            new char[] {'&', '&'});
    String job =
        "J" + Long.toHexString(seed).substring(0, Math.min(16, Long.toHexString(seed).length()));
    String description = name.length() > 100 ? name.substring(0, 100) : name;
    bc.given(
        BcApi.CUSTOM,
        "projects",
        BcHttp.MAPPER.createObjectNode().put("number", job).put("displayName", description));
    bc.given(
        BcApi.CUSTOM,
        "projects",
        BcHttp.MAPPER
            .createObjectNode()
            .put("number", "N" + job)
            .put("displayName", description + "'"));
    String filter =
        "displayName eq '" + description.replace("'", "''") + "' and number eq '" + job + "'";
    BcHttp http = new BcHttp(bc);
    BcHttp.Answer answer =
        http.get(
            http.url(
                BcApi.CUSTOM,
                "projects?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)));
    assertEquals(200, answer.status(), "seed " + seed + ": " + answer);
    assertEquals(
        1, answer.json().path("value").size(), "seed " + seed + " " + filter + ": " + answer);
    assertEquals(description, answer.json().path("value").get(0).path("displayName").asText());
  }
}
