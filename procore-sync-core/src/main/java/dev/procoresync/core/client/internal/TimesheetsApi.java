package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** A project's daily timesheets and their approval. */
public interface TimesheetsApi {

  /**
   * Lists a project's timesheets.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters and {@code start_date}/{@code end_date}
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/timesheets")
  Call<ResponseBody> list(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a timesheet.
   *
   * @param projectId the project
   * @param id the timesheet
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/timesheets/{id}")
  Call<ResponseBody> get(@Path("project_id") long projectId, @Path("id") long id);

  /**
   * Creates a timesheet.
   *
   * @param projectId the project
   * @param body {@code timesheet}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/timesheets")
  Call<ResponseBody> create(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Sets the approval state of timesheets.
   *
   * @param projectId the project
   * @param body {@code timesheets[{id, status}]}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/timesheets/update_approval")
  Call<ResponseBody> updateApproval(@Path("project_id") long projectId, @Body ObjectNode body);
}
