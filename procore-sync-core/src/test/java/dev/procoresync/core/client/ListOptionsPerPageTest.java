package dev.procoresync.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user chooses {@code per_page}; without a choice the client asks for the largest page. */
class ListOptionsPerPageTest {
  private final CannedProcore procore = new CannedProcore();
  private final CompanyClient company = procore.client(5501L);

  @Test
  void theChosenPageSizeIsSent() {
    procore.answer("GET /rest/v1.0/vendors", "[]");

    company.vendors().list(ListOptions.none().withPerPage(100)).forEach(v -> {});

    assertEquals("100", procore.last().query("per_page"));
  }

  @Test
  void withoutAChoiceTheLargestPageIsAskedFor() {
    procore.answer("GET /rest/v1.0/vendors", "[]");

    company.vendors().list().forEach(v -> {});

    assertEquals("1000", procore.last().query("per_page"));
  }

  @Test
  void thePlainOverloadListsLikeNoOptions() {
    procore.answer("GET /rest/v1.1/projects/88001/direct_costs", "[{\"id\": 1}]");

    List<Object> costs = new ArrayList<>();
    company.directCosts().list(88001L).forEach(costs::add);

    assertEquals(1, costs.size());
    assertEquals("1000", procore.last().query("per_page"));
  }

  @Test
  void otherOptionsKeepThePageSize() {
    ListOptions options = ListOptions.none().withPerPage(50).withParam("view", "extended");

    assertEquals(50, options.perPageOr(1000));
    assertEquals("extended", options.query().get("view"));
    assertEquals(1000, ListOptions.none().perPageOr(1000));
  }

  @ParameterizedTest(name = "per_page {0}")
  @ValueSource(ints = {0, -1, 1001})
  void aPageSizeOutsideOneToAThousandIsRefused(int perPage) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ListOptions.none().withPerPage(perPage));
    assertTrue(e.getMessage().contains("perPage") && e.getMessage().contains("" + perPage));
  }

  @Test
  void perPageIsStillNotAPlainParameter() {
    assertThrows(
        IllegalArgumentException.class, () -> ListOptions.none().withParam("per_page", "5"));
  }
}
