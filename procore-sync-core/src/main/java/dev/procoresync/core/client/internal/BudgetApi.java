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

/** Budget views and rows, budget line items, budget changes and legacy budget modifications. */
public interface BudgetApi {

  /**
   * Lists a project's budget views.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/budget_views")
  Call<ResponseBody> views(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Lists a budget view's detail rows.
   *
   * @param viewId the view
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/budget_views/{budget_view_id}/detail_rows")
  Call<ResponseBody> detailRows(
      @Path("budget_view_id") long viewId,
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a budget line item.
   *
   * @param id the line
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.1/budget_line_items/{id}")
  Call<ResponseBody> lineItem(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Creates a budget line item.
   *
   * @param body {@code project_id} and {@code budget_line_item}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.1/budget_line_items")
  Call<ResponseBody> createLineItem(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a budget line item.
   *
   * @param id the line
   * @param body {@code project_id} and {@code budget_line_item}
   * @return the call
   */
  @PATCH("rest/v1.1/budget_line_items/{id}")
  Call<ResponseBody> updateLineItem(@Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates budget line items in one call (answer: a plain array).
   *
   * @param body {@code project_id} and {@code budget_line_items}
   * @return the call
   */
  @POST("rest/v1.0/budget_line_items/sync")
  Call<ResponseBody> syncLineItems(@Body ObjectNode body);

  /**
   * Lists a project's budget changes ({@code data} envelope).
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/budget_changes")
  Call<ResponseBody> changes(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a budget change ({@code data} envelope).
   *
   * @param projectId the project
   * @param id the change
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/budget_changes/{id}")
  Call<ResponseBody> change(@Path("project_id") long projectId, @Path("id") long id);

  /**
   * Creates a budget change.
   *
   * @param projectId the project
   * @param body the change
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/budget_changes")
  Call<ResponseBody> createChange(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates a budget change.
   *
   * @param projectId the project
   * @param id the change
   * @param body the attributes to change
   * @return the call
   */
  @PATCH("rest/v1.0/projects/{project_id}/budget_changes/{id}")
  Call<ResponseBody> updateChange(
      @Path("project_id") long projectId, @Path("id") long id, @Body ObjectNode body);

  /**
   * Lists a project's legacy budget modifications.
   *
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/budget_modifications")
  Call<ResponseBody> modifications(
      @Path("project_id") long projectId, @Query("per_page") int perPage);

  /**
   * Creates a legacy budget modification.
   *
   * @param projectId the project
   * @param body {@code budget_modification}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/projects/{project_id}/budget_modifications")
  Call<ResponseBody> createModification(
      @Path("project_id") long projectId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);
}
