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

/** The company's one timesheet rounding configuration. */
public interface TimesheetRoundingApi {

  /**
   * Shows the company's rounding configuration.
   *
   * @param companyId the company
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/rounding_configuration")
  Call<ResponseBody> get(@Path("company_id") long companyId);

  /**
   * Creates the company's rounding configuration.
   *
   * @param companyId the company
   * @param body {@code rounding_configuration}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/companies/{company_id}/rounding_configuration")
  Call<ResponseBody> create(
      @Path("company_id") long companyId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates the company's rounding configuration.
   *
   * @param companyId the company
   * @param body {@code rounding_configuration}
   * @return the call
   */
  @PATCH("rest/v1.0/companies/{company_id}/rounding_configuration")
  Call<ResponseBody> update(@Path("company_id") long companyId, @Body ObjectNode body);

  /**
   * Deletes the company's rounding configuration.
   *
   * @param companyId the company
   * @return the call
   */
  @DELETE("rest/v1.0/companies/{company_id}/rounding_configuration")
  Call<ResponseBody> delete(@Path("company_id") long companyId);
}
