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

/** Company webhooks (REST v1.0): hooks, triggers and deliveries. */
public interface WebhooksApi {

  /**
   * Lists the company's hooks.
   *
   * @param companyId the company
   * @return the call
   */
  @GET("rest/v1.0/webhooks/hooks")
  Call<ResponseBody> hooks(@Query("company_id") long companyId);

  /**
   * Creates a hook.
   *
   * @param body {@code company_id} and {@code hook}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/webhooks/hooks")
  Call<ResponseBody> createHook(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a hook.
   *
   * @param id the hook
   * @param body {@code company_id} and {@code hook}
   * @return the call
   */
  @PATCH("rest/v1.0/webhooks/hooks/{id}")
  Call<ResponseBody> updateHook(@Path("id") String id, @Body ObjectNode body);

  /**
   * Deletes a hook.
   *
   * @param id the hook
   * @param companyId the company
   * @return the call
   */
  @DELETE("rest/v1.0/webhooks/hooks/{id}")
  Call<ResponseBody> deleteHook(@Path("id") String id, @Query("company_id") long companyId);

  /**
   * Lists a hook's triggers.
   *
   * @param hookId the hook
   * @param companyId the company
   * @return the call
   */
  @GET("rest/v1.0/webhooks/hooks/{hook_id}/triggers")
  Call<ResponseBody> triggers(@Path("hook_id") String hookId, @Query("company_id") long companyId);

  /**
   * Creates a trigger.
   *
   * @param hookId the hook
   * @param body {@code company_id}, {@code api_version} and {@code trigger}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/webhooks/hooks/{hook_id}/triggers")
  Call<ResponseBody> createTrigger(
      @Path("hook_id") String hookId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Deletes a trigger.
   *
   * @param hookId the hook
   * @param id the trigger
   * @param companyId the company
   * @return the call
   */
  @DELETE("rest/v1.0/webhooks/hooks/{hook_id}/triggers/{id}")
  Call<ResponseBody> deleteTrigger(
      @Path("hook_id") String hookId, @Path("id") String id, @Query("company_id") long companyId);

  /**
   * Lists a hook's deliveries.
   *
   * @param hookId the hook
   * @param companyId the company
   * @param perPage page size
   * @param query filters such as {@code filter[status]}
   * @return the call
   */
  @GET("rest/v1.0/webhooks/hooks/{hook_id}/deliveries")
  Call<ResponseBody> deliveries(
      @Path("hook_id") String hookId,
      @Query("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);
}
