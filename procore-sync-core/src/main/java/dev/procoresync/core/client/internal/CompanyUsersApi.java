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

/** The users of a company directory (v1.3). */
public interface CompanyUsersApi {

  /**
   * Lists the company's users.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.3/companies/{company_id}/users")
  Call<ResponseBody> list(
      @Path("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Shows a company user.
   *
   * @param companyId the company
   * @param id the user
   * @return the call
   */
  @GET("rest/v1.3/companies/{company_id}/users/{id}")
  Call<ResponseBody> get(@Path("company_id") long companyId, @Path("id") long id);

  /**
   * Creates a company user.
   *
   * @param companyId the company
   * @param body {@code user}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.3/companies/{company_id}/users")
  Call<ResponseBody> create(
      @Path("company_id") long companyId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);

  /**
   * Updates a company user.
   *
   * @param companyId the company
   * @param id the user
   * @param body {@code user}
   * @return the call
   */
  @PATCH("rest/v1.3/companies/{company_id}/users/{id}")
  Call<ResponseBody> update(
      @Path("company_id") long companyId, @Path("id") long id, @Body ObjectNode body);

  /**
   * Creates or updates company users in one call.
   *
   * @param companyId the company
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.3/companies/{company_id}/users/sync")
  Call<ResponseBody> sync(@Path("company_id") long companyId, @Body ObjectNode body);
}
