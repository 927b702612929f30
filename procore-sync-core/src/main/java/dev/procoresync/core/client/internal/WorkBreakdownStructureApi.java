package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Work breakdown structure: patterns, segments, segment items and budget (WBS) codes. */
public interface WorkBreakdownStructureApi {

  /**
   * Shows the company's pattern.
   *
   * @param companyId the company
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/work_breakdown_structure/patterns")
  Call<ResponseBody> companyPatterns(@Path("company_id") long companyId);

  /**
   * Shows a project's pattern.
   *
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/work_breakdown_structure/patterns")
  Call<ResponseBody> projectPatterns(@Path("project_id") long projectId);

  /**
   * Lists the company's segments.
   *
   * @param companyId the company
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/work_breakdown_structure/segments")
  Call<ResponseBody> companySegments(
      @Path("company_id") long companyId, @Query("per_page") int perPage);

  /**
   * Creates a company segment.
   *
   * @param companyId the company
   * @param body {@code segment}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/companies/{company_id}/work_breakdown_structure/segments")
  Call<ResponseBody> createCompanySegment(
      @Path("company_id") long companyId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Lists a project's segments.
   *
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/work_breakdown_structure/segments")
  Call<ResponseBody> projectSegments(
      @Path("project_id") long projectId, @Query("per_page") int perPage);

  /**
   * Lists a company segment's items.
   *
   * @param companyId the company
   * @param segmentId the segment
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET(
      "rest/v1.0/companies/{company_id}/work_breakdown_structure/segments/{segment_id}/segment_items")
  Call<ResponseBody> companySegmentItems(
      @Path("company_id") long companyId,
      @Path("segment_id") long segmentId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates a company segment item.
   *
   * @param companyId the company
   * @param segmentId the segment
   * @param body the item
   * @param headers extra headers
   * @return the call
   */
  @POST(
      "rest/v1.0/companies/{company_id}/work_breakdown_structure/segments/{segment_id}/segment_items")
  Call<ResponseBody> createCompanySegmentItem(
      @Path("company_id") long companyId,
      @Path("segment_id") long segmentId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Lists a project segment's items.
   *
   * @param projectId the project
   * @param segmentId the segment
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET(
      "rest/v1.0/projects/{project_id}/work_breakdown_structure/segments/{segment_id}/segment_items")
  Call<ResponseBody> projectSegmentItems(
      @Path("project_id") long projectId,
      @Path("segment_id") long segmentId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Lists a project's budget codes.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes")
  Call<ResponseBody> budgetCodes(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates (or, for an existing combination, updates) a budget code.
   *
   * @param projectId the project
   * @param body the code
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/work_breakdown_structure/wbs_codes")
  Call<ResponseBody> createBudgetCode(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);
}
