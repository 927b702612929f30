package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Timecard entries, per project and per company. */
public interface TimecardEntriesApi {

  /**
   * Lists a project's timecard entries within a date range.
   *
   * @param projectId the project
   * @param startDate the first day, ISO date
   * @param endDate the last day (inclusive), ISO date
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/timecard_entries")
  Call<ResponseBody> listForProject(
      @Path("project_id") long projectId,
      @Query("start_date") String startDate,
      @Query("end_date") String endDate,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Lists the company's timecard entries.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters, such as {@code filters[updated_at]}
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/timecard_entries")
  Call<ResponseBody> listForCompany(
      @Path("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates a timecard entry in a project.
   *
   * @param projectId the project
   * @param body {@code timecard_entry}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/timecard_entries")
  Call<ResponseBody> create(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Creates many timecard entries of the company in one call ("Bulk Create Timecard Entries").
   *
   * @param companyId the company
   * @param body {@code timecard_entries[]}, each with its {@code project_id}
   * @return the call
   */
  @POST("rest/v1.0/companies/{company_id}/timesheets")
  Call<ResponseBody> bulkCreate(@Path("company_id") long companyId, @Body ObjectNode body);

  /**
   * Updates a timecard entry.
   *
   * @param projectId the project
   * @param id the entry
   * @param body {@code timecard_entry}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/timecard_entries/{id}")
  Call<ResponseBody> update(
      @Path("project_id") long projectId, @Path("id") long id, @Body ObjectNode body);

  /**
   * Deletes a timecard entry.
   *
   * @param projectId the project
   * @param id the entry
   * @return the call
   */
  @DELETE("rest/v1.0/projects/{project_id}/timecard_entries/{id}")
  Call<ResponseBody> delete(@Path("project_id") long projectId, @Path("id") long id);
}
