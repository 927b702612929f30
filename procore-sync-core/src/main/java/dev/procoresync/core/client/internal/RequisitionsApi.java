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

/** Subcontractor invoices (requisitions). */
public interface RequisitionsApi {

  /**
   * Lists requisitions.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.1/requisitions")
  Call<ResponseBody> list(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a requisition.
   *
   * @param id the requisition
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.1/requisitions/{id}")
  Call<ResponseBody> get(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Creates a requisition.
   *
   * @param body {@code project_id}, {@code commitment_id} and {@code requisition}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.1/requisitions")
  Call<ResponseBody> create(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a requisition.
   *
   * @param id the requisition
   * @param body {@code project_id} and {@code requisition}
   * @return the call
   */
  @PATCH("rest/v1.1/requisitions/{id}")
  Call<ResponseBody> update(@Path("id") long id, @Body ObjectNode body);
}
