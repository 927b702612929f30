package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Change events, change order packages, potential change orders and change order requests. */
public interface ChangeManagementApi {

  /**
   * Lists change events.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/change_events")
  Call<ResponseBody> changeEvents(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a change event.
   *
   * @param id the change event
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.1/change_events/{id}")
  Call<ResponseBody> changeEvent(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Lists change order packages.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters (such as {@code contract_id})
   * @return the call
   */
  @GET("rest/v1.0/change_order_packages")
  Call<ResponseBody> packages(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a change order package.
   *
   * @param id the package
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.0/change_order_packages/{id}")
  Call<ResponseBody> changeOrderPackage(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Lists potential change orders.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/potential_change_orders")
  Call<ResponseBody> potentialChangeOrders(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a potential change order.
   *
   * @param id the potential change order
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.0/potential_change_orders/{id}")
  Call<ResponseBody> potentialChangeOrder(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Lists a potential change order's line items.
   *
   * @param pcoId the potential change order
   * @param projectId the project
   * @param perPage the page size
   * @return the call
   */
  @GET("rest/v1.0/potential_change_orders/{potential_change_order_id}/line_items")
  Call<ResponseBody> potentialChangeOrderLineItems(
      @Path("potential_change_order_id") long pcoId,
      @Query("project_id") long projectId,
      @Query("per_page") int perPage);

  /**
   * Creates or updates potential change orders of a contract in one call.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/potential_change_orders/sync")
  Call<ResponseBody> syncPotentialChangeOrders(
      @Query("project_id") long projectId,
      @Query("contract_id") long contractId,
      @Body ObjectNode body);

  /**
   * Lists change order requests of a contract.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/change_order_requests")
  Call<ResponseBody> changeOrderRequests(
      @Query("project_id") long projectId,
      @Query("contract_id") long contractId,
      @Query("per_page") int perPage);

  /**
   * Creates or updates change order requests of a contract in one call.
   *
   * @param projectId the project
   * @param contractId the contract
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/change_order_requests/sync")
  Call<ResponseBody> syncChangeOrderRequests(
      @Query("project_id") long projectId,
      @Query("contract_id") long contractId,
      @Body ObjectNode body);
}
