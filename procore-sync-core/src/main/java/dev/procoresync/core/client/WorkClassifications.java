package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.WorkClassificationsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.WorkClassification;
import dev.procoresync.core.model.WorkClassificationUpdate;
import java.util.Objects;

/**
 * The company's work classifications (such as {@code Journeyman Carpenter}): list, show, create and
 * update.
 *
 * <p>A classification has no origin id, so a create whose outcome is unknown (timeout, 5xx) is
 * never sent again: the error reaches the caller, who can list the classifications to check.
 *
 * <pre>{@code
 * WorkClassifications classifications = client.forCompany(42L).workClassifications();
 * WorkClassification carpenter = classifications.create(
 *     WorkClassificationUpdate.builder().name("Journeyman Carpenter").abbreviation("JC").build());
 * }</pre>
 */
public final class WorkClassifications {
  private final Scope scope;
  private final WorkClassificationsApi api;

  WorkClassifications(Scope scope) {
    this.scope = scope;
    this.api = scope.service(WorkClassificationsApi.class);
  }

  /**
   * Lists the company's work classifications, lazily.
   *
   * <pre>{@code
   * classifications.list().forEach(c -> System.out.println(c.name().orElse("")));
   * }</pre>
   *
   * @return the classifications
   */
  public PagedIterable<WorkClassification> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's work classifications matching the options, lazily.
   *
   * <pre>{@code
   * classifications.list(ListOptions.none().withParam("serializer_view", "normal"));
   * }</pre>
   *
   * @param options filters and parameters
   * @return the classifications
   */
  public PagedIterable<WorkClassification> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            WorkClassification.class,
            Envelope.NONE);
  }

  /**
   * Shows a work classification.
   *
   * <pre>{@code
   * WorkClassification c = classifications.get(55L);
   * }</pre>
   *
   * @param id the classification
   * @return the classification
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public WorkClassification get(long id) {
    return scope
        .transport()
        .execute(api.get(scope.companyId(), id), WorkClassification.class, Envelope.NONE);
  }

  /**
   * Creates a work classification.
   *
   * <pre>{@code
   * classifications.create(WorkClassificationUpdate.builder().name("Laborer").build());
   * }</pre>
   *
   * @param classification the attributes ({@code name} is required)
   * @return the created classification
   * @throws IllegalArgumentException when {@code name} is missing
   */
  public WorkClassification create(WorkClassificationUpdate classification) {
    Objects.requireNonNull(classification, "classification");
    if (classification.name().isEmpty()) {
      throw new IllegalArgumentException(
          "classification.name is required to create a work classification");
    }
    ObjectNode body = scope.object();
    body.set("work_classification", scope.tree(classification));
    return scope.createSafely(
        headers -> api.create(scope.companyId(), body, headers), WorkClassification.class, null);
  }

  /**
   * Updates a work classification.
   *
   * <pre>{@code
   * classifications.update(55L, WorkClassificationUpdate.builder().abbreviation("JC").build());
   * }</pre>
   *
   * @param id the classification
   * @param classification the attributes to change (only those set are sent)
   * @return the updated classification
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public WorkClassification update(long id, WorkClassificationUpdate classification) {
    Objects.requireNonNull(classification, "classification");
    ObjectNode body = scope.object();
    body.set("work_classification", scope.tree(classification));
    return scope
        .transport()
        .execute(api.update(scope.companyId(), id, body), WorkClassification.class, Envelope.NONE);
  }

  @Override
  public String toString() {
    return "WorkClassifications{" + scope + "}";
  }
}
