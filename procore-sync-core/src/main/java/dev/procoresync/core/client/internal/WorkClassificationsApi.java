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

/** The company's work classifications. */
public interface WorkClassificationsApi {

  /**
   * Lists the company's work classifications.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/work_classifications")
  Call<ResponseBody> list(
      @Path("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a work classification.
   *
   * @param companyId the company
   * @param id the classification
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/work_classifications/{id}")
  Call<ResponseBody> get(@Path("company_id") long companyId, @Path("id") long id);

  /**
   * Creates a work classification.
   *
   * @param companyId the company
   * @param body {@code work_classification}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/companies/{company_id}/work_classifications")
  Call<ResponseBody> create(
      @Path("company_id") long companyId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates a work classification.
   *
   * @param companyId the company
   * @param id the classification
   * @param body {@code work_classification}
   * @return the call
   */
  @PATCH("rest/v1.0/companies/{company_id}/work_classifications/{id}")
  Call<ResponseBody> update(
      @Path("company_id") long companyId, @Path("id") long id, @Body ObjectNode body);
}
