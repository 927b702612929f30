package dev.procoresync.examples.javadoc;

import dev.procoresync.core.client.CompanyClient;
import dev.procoresync.core.http.Page;
import dev.procoresync.core.http.PagePosition;
import dev.procoresync.core.model.Vendor;
import java.util.List;
import java.util.function.Consumer;

/** The example of {@code dev.procoresync.core.http.PagedIterable}. */
public final class PagedIterableExample {
  private PagedIterableExample() {}

  /**
   * Reads the vendors three ways.
   *
   * @param company the company
   * @param save where a page's vendors go
   * @param checkpoint where the position of the next page goes
   * @return how many vendors are active
   */
  public static long readVendors(
      CompanyClient company, Consumer<List<Vendor>> save, Consumer<PagePosition> checkpoint) {
    // [paged-iterable]
    for (Vendor v : company.vendors().list()) {
      System.out.println(v.name());
    }
    long active = company.vendors().list().stream().filter(v -> v.isActive().orElse(false)).count();
    for (Page<Vendor> page : company.vendors().list().byPage()) {
      save.accept(page.items());
      page.next().ifPresent(checkpoint);
    }
    // [paged-iterable]
    return active;
  }
}
