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

/** Payments issued on commitments (contract payments). */
public interface ContractPaymentsApi {

  /**
   * Lists a commitment's payments.
   *
   * @param projectId the project
   * @param contractId the commitment
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/contract_payments")
  Call<ResponseBody> list(
      @Query("project_id") long projectId,
      @Query("contract_id") long contractId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates a payment.
   *
   * @param body {@code project_id}, {@code contract_id} and {@code contract_payment}
   * @param headers extra headers
   * @return the call
   */
  @POST("rest/v1.0/contract_payments")
  Call<ResponseBody> create(@Body ObjectNode body, @HeaderMap Map<String, String> headers);

  /**
   * Updates a payment.
   *
   * @param id the payment
   * @param body {@code project_id}, {@code contract_id} and {@code contract_payment}
   * @return the call
   */
  @PATCH("rest/v1.0/contract_payments/{id}")
  Call<ResponseBody> update(@Path("id") long id, @Body ObjectNode body);
}
