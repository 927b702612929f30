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

/** Projects of a company. */
public interface ProjectsApi {

  /**
   * Lists projects.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects")
  Call<ResponseBody> list(
      @Query("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a project.
   *
   * @param id the project
   * @param companyId the company
   * @return the call
   */
  @GET("rest/v1.0/projects/{id}")
  Call<ResponseBody> get(@Path("id") long id, @Query("company_id") long companyId);

  /**
   * Creates a project.
   *
   * @param body {@code company_id} and {@code project}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects")
  Call<ResponseBody> create(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a project.
   *
   * @param id the project
   * @param body {@code company_id} and {@code project}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{id}")
  Call<ResponseBody> update(@Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates projects in one call.
   *
   * @param body {@code company_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/projects/sync")
  Call<ResponseBody> sync(@Body ObjectNode body);
}
