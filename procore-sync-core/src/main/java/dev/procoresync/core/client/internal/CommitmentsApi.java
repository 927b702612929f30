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

/**
 * Commitments: purchase order and work order contracts, their schedule-of-values lines, and
 * commitment change orders.
 */
public interface CommitmentsApi {

  /**
   * Lists purchase order contracts.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/purchase_order_contracts")
  Call<ResponseBody> purchaseOrders(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a purchase order contract.
   *
   * @param id the contract
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.0/purchase_order_contracts/{id}")
  Call<ResponseBody> purchaseOrder(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Creates a purchase order contract.
   *
   * @param body {@code project_id} and {@code purchase_order_contract}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/purchase_order_contracts")
  Call<ResponseBody> createPurchaseOrder(
      @Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a purchase order contract.
   *
   * @param id the contract
   * @param body {@code project_id} and {@code purchase_order_contract}
   * @return the call
   */
  @PATCH("rest/v1.0/purchase_order_contracts/{id}")
  Call<ResponseBody> updatePurchaseOrder(@Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates purchase order contracts in one call.
   *
   * @param body {@code project_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/purchase_order_contracts/sync")
  Call<ResponseBody> syncPurchaseOrders(@Body ObjectNode body);

  /**
   * Lists a purchase order's lines.
   *
   * @param contractId the contract
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/purchase_order_contracts/{purchase_order_contract_id}/line_items")
  Call<ResponseBody> purchaseOrderLines(
      @Path("purchase_order_contract_id") long contractId,
      @Query("project_id") long projectId,
      @Query("per_page") int perPage);

  /**
   * Creates or updates a purchase order's lines in one call.
   *
   * @param contractId the contract
   * @param projectId the project
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/purchase_order_contracts/{purchase_order_contract_id}/line_items/sync")
  Call<ResponseBody> syncPurchaseOrderLines(
      @Path("purchase_order_contract_id") long contractId,
      @Query("project_id") long projectId,
      @Body ObjectNode body);

  /**
   * Lists work order contracts.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/work_order_contracts")
  Call<ResponseBody> workOrders(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a work order contract.
   *
   * @param id the contract
   * @param projectId the project
   * @return the call
   */
  @GET("rest/v1.0/work_order_contracts/{id}")
  Call<ResponseBody> workOrder(@Path("id") long id, @Query("project_id") long projectId);

  /**
   * Creates a work order contract.
   *
   * @param body {@code project_id} and {@code work_order_contract}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/work_order_contracts")
  Call<ResponseBody> createWorkOrder(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a work order contract.
   *
   * @param id the contract
   * @param body {@code project_id} and {@code work_order_contract}
   * @return the call
   */
  @PATCH("rest/v1.0/work_order_contracts/{id}")
  Call<ResponseBody> updateWorkOrder(@Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates work order contracts in one call.
   *
   * @param body {@code project_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/work_order_contracts/sync")
  Call<ResponseBody> syncWorkOrders(@Body ObjectNode body);

  /**
   * Lists a work order's lines.
   *
   * @param contractId the contract
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/work_order_contracts/{work_order_contract_id}/line_items")
  Call<ResponseBody> workOrderLines(
      @Path("work_order_contract_id") long contractId,
      @Query("project_id") long projectId,
      @Query("per_page") int perPage);

  /**
   * Creates or updates a work order's lines in one call.
   *
   * @param contractId the contract
   * @param projectId the project
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/work_order_contracts/{work_order_contract_id}/line_items/sync")
  Call<ResponseBody> syncWorkOrderLines(
      @Path("work_order_contract_id") long contractId,
      @Query("project_id") long projectId,
      @Body ObjectNode body);

  /**
   * Lists a project's commitment change orders.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/commitment_change_orders")
  Call<ResponseBody> changeOrders(
      @Path("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a commitment change order.
   *
   * @param projectId the project
   * @param id the change order
   * @return the call
   */
  @GET("rest/v1.0/projects/{project_id}/commitment_change_orders/{id}")
  Call<ResponseBody> changeOrder(@Path("project_id") long projectId, @Path("id") long id);
}
