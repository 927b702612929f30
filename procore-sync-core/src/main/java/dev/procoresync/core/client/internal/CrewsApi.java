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

/** A project's crews. */
public interface CrewsApi {

  /**
   * Lists a project's crews.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/crews")
  Call<ResponseBody> list(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a crew.
   *
   * @param projectId the project
   * @param id the crew
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/crews/{id}")
  Call<ResponseBody> get(@Path("project_id") long projectId, @Path("id") long id);

  /**
   * Creates a crew.
   *
   * @param projectId the project
   * @param body {@code crew}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/crews")
  Call<ResponseBody> create(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates a crew.
   *
   * @param projectId the project
   * @param id the crew
   * @param body {@code crew}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/crews/{id}")
  Call<ResponseBody> update(
      @Path("project_id") long projectId, @Path("id") long id, @Body ObjectNode body);

  /**
   * Deletes a crew.
   *
   * @param projectId the project
   * @param id the crew
   * @return the call
   */
  @DELETE("rest/v1.0/projects/{project_id}/crews/{id}")
  Call<ResponseBody> delete(@Path("project_id") long projectId, @Path("id") long id);
}
