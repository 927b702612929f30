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

/** Direct costs of a project and their lines. */
public interface DirectCostsApi {

  /**
   * Lists direct costs.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.1/projects/{project_id}/direct_costs")
  Call<ResponseBody> list(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a direct cost.
   *
   * @param projectId the project
   * @param id the direct cost
   * @return the call
   */
  @GET("rest/v1.1/projects/{project_id}/direct_costs/{id}")
  Call<ResponseBody> get(@Path("project_id") long projectId, @Path("id") long id);

  /**
   * Creates a direct cost.
   *
   * @param projectId the project
   * @param body {@code direct_cost}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.1/projects/{project_id}/direct_costs")
  Call<ResponseBody> create(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates a direct cost.
   *
   * @param projectId the project
   * @param id the direct cost
   * @param body {@code direct_cost}
   * @return the call
   */
  @PATCH("rest/v1.1/projects/{project_id}/direct_costs/{id}")
  Call<ResponseBody> update(
      @Path("project_id") long projectId, @Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates direct costs in one call.
   *
   * @param projectId the project
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/direct_costs/sync")
  Call<ResponseBody> sync(@Path("project_id") long projectId, @Body ObjectNode body);

  /**
   * Lists the lines of every direct cost of a project.
   *
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/direct_costs/line_items")
  Call<ResponseBody> allLines(@Path("project_id") long projectId, @Query("per_page") int perPage);

  /**
   * Lists the lines of one direct cost.
   *
   * @param projectId the project
   * @param directCostId the direct cost
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/direct_costs/{direct_cost_id}/line_items")
  Call<ResponseBody> lines(
      @Path("project_id") long projectId,
      @Path("direct_cost_id") long directCostId,
      @Query("per_page") int perPage);

  /**
   * Creates or updates direct cost lines in one call.
   *
   * @param projectId the project
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/direct_costs/line_items/sync")
  Call<ResponseBody> syncLines(@Path("project_id") long projectId, @Body ObjectNode body);
}
