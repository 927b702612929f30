package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.WorkBreakdownStructureApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.WbsCode;
import dev.procoresync.core.model.WbsCodeCreate;
import dev.procoresync.core.model.WbsPattern;
import dev.procoresync.core.model.WbsSegment;
import dev.procoresync.core.model.WbsSegmentItem;
import dev.procoresync.core.model.WbsSegmentItemUpdate;
import dev.procoresync.core.model.WbsSegmentUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The work breakdown structure: the company's and projects' patterns, their segments (sub job, cost
 * code, cost type, custom), segment items, and projects' budget codes.
 *
 * <p>Prefer a budget code's {@code flat_code} as Procore composes it to composing one: each segment
 * carries its own delimiter.
 *
 * <pre>{@code
 * WorkBreakdownStructure wbs = client.forCompany(42L).workBreakdownStructure();
 * wbs.listBudgetCodes(projectId, ListOptions.none()).forEach(code -> index.put(code.flatCode().orElseThrow(), code));
 * }</pre>
 */
public final class WorkBreakdownStructure {
  private final Scope scope;
  private final WorkBreakdownStructureApi api;

  WorkBreakdownStructure(Scope scope) {
    this.scope = scope;
    this.api = scope.service(WorkBreakdownStructureApi.class);
  }

  /**
   * Reads the company's pattern(s).
   *
   * @return the patterns (one for most companies)
   */
  public List<WbsPattern> getCompanyPatterns() {
    return patterns(scope.transport().execute(api.companyPatterns(scope.companyId())));
  }

  /**
   * Reads a project's pattern(s), fixed when the project was created.
   *
   * @param projectId the project
   * @return the patterns
   */
  public List<WbsPattern> getProjectPatterns(long projectId) {
    return patterns(scope.transport().execute(api.projectPatterns(projectId)));
  }

  /**
   * Lists the company's segments, lazily.
   *
   * @return the segments
   */
  public PagedIterable<WbsSegment> listCompanySegments() {
    return scope
        .transport()
        .list(
            api.companySegments(scope.companyId(), Scope.V1_PAGE_SIZE),
            WbsSegment.class,
            Envelope.NONE);
  }

  /**
   * Creates a company segment (not possible in companies with Field Productivity or ERP
   * integrations enabled).
   *
   * @param segment the segment ({@code name} and {@code structure} are required)
   * @return the created segment
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public WbsSegment createCompanySegment(WbsSegmentUpdate segment) {
    Objects.requireNonNull(segment, "segment");
    if (segment.name().isEmpty() || segment.structure().isEmpty()) {
      throw new IllegalArgumentException(
          "segment.name and segment.structure are required to create a segment");
    }
    ObjectNode body = scope.object();
    body.set("segment", scope.tree(segment));
    return scope.createSafely(
        headers -> api.createCompanySegment(scope.companyId(), body, headers),
        WbsSegment.class,
        null);
  }

  /**
   * Lists a project's segments, lazily.
   *
   * @param projectId the project
   * @return the segments
   */
  public PagedIterable<WbsSegment> listProjectSegments(long projectId) {
    return scope
        .transport()
        .list(api.projectSegments(projectId, Scope.V1_PAGE_SIZE), WbsSegment.class, Envelope.NONE);
  }

  /**
   * Lists a company segment's items, lazily, all of them (no options).
   *
   * @param segmentId the segment
   * @return the records, lazily
   */
  public PagedIterable<WbsSegmentItem> listCompanySegmentItems(long segmentId) {
    return listCompanySegmentItems(segmentId, ListOptions.none());
  }

  /**
   * Lists a company segment's items, lazily.
   *
   * @param segmentId the segment
   * @param options filters, such as {@code withParam("segment_item_list_id", "3")} (required for
   *     cost codes)
   * @return the items
   */
  public PagedIterable<WbsSegmentItem> listCompanySegmentItems(
      long segmentId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.companySegmentItems(
                scope.companyId(),
                segmentId,
                options.perPageOr(Scope.V1_PAGE_SIZE),
                options.query()),
            WbsSegmentItem.class,
            Envelope.NONE);
  }

  /**
   * Creates a company segment item.
   *
   * @param segmentId the segment
   * @param item the item ({@code code} and {@code name} are required)
   * @return the created item
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public WbsSegmentItem createCompanySegmentItem(long segmentId, WbsSegmentItemUpdate item) {
    Objects.requireNonNull(item, "item");
    if (item.code().isEmpty() || item.name().isEmpty()) {
      throw new IllegalArgumentException(
          "item.code and item.name are required to create a segment item");
    }
    ObjectNode body = scope.tree(item);
    return scope.createSafely(
        headers -> api.createCompanySegmentItem(scope.companyId(), segmentId, body, headers),
        WbsSegmentItem.class,
        null);
  }

  /**
   * Lists a project segment's items, lazily, all of them (no options).
   *
   * @param projectId the project
   * @param segmentId the segment
   * @return the records, lazily
   */
  public PagedIterable<WbsSegmentItem> listProjectSegmentItems(long projectId, long segmentId) {
    return listProjectSegmentItems(projectId, segmentId, ListOptions.none());
  }

  /**
   * Lists a project segment's items, lazily.
   *
   * @param projectId the project
   * @param segmentId the segment
   * @param options filters, such as {@code withParam("only_active_items", "true")}
   * @return the items
   */
  public PagedIterable<WbsSegmentItem> listProjectSegmentItems(
      long projectId, long segmentId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.projectSegmentItems(
                projectId, segmentId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            WbsSegmentItem.class,
            Envelope.NONE);
  }

  /**
   * Lists a project's budget codes, lazily, all of them (no options).
   *
   * @param projectId the project
   * @return the records, lazily
   */
  public PagedIterable<WbsCode> listBudgetCodes(long projectId) {
    return listBudgetCodes(projectId, ListOptions.none());
  }

  /**
   * Lists a project's budget codes, lazily.
   *
   * @param projectId the project
   * @param options filters, such as {@code withUpdatedBetween} or {@code withParam("scope",
   *     "budget_code")}
   * @return the budget codes
   */
  public PagedIterable<WbsCode> listBudgetCodes(long projectId, ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.budgetCodes(projectId, options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            WbsCode.class,
            Envelope.NONE);
  }

  /**
   * Creates a budget code from one item per segment; Procore updates the existing code when the
   * same combination exists, so sending it twice is harmless.
   *
   * @param projectId the project
   * @param code the segment items (at least one)
   * @return the created or updated budget code
   * @throws IllegalArgumentException when no segment item is given
   */
  public WbsCode createBudgetCode(long projectId, WbsCodeCreate code) {
    Objects.requireNonNull(code, "code");
    if (code.segmentItems().isEmpty()) {
      throw new IllegalArgumentException("code.segmentItems must name at least one segment item");
    }
    ObjectNode body = scope.tree(code);
    return scope
        .transport()
        .execute(api.createBudgetCode(projectId, body, Map.of()), WbsCode.class, Envelope.NONE);
  }

  private List<WbsPattern> patterns(JsonNode answer) {
    List<WbsPattern> patterns = new ArrayList<>();
    if (answer.isArray()) {
      for (JsonNode pattern : answer) {
        patterns.add(scope.transport().mapper().convertValue(pattern, WbsPattern.class));
      }
    } else if (answer.isObject()) {
      patterns.add(scope.transport().mapper().convertValue(answer, WbsPattern.class));
    }
    return patterns;
  }

  @Override
  public String toString() {
    return "WorkBreakdownStructure{" + scope + "}";
  }
}
