package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Company people (workers, including those without a login). */
public interface PeopleApi {

  /**
   * Lists the company's people.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/people")
  Call<ResponseBody> list(
      @Path("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates a person of the company directory.
   *
   * @param companyId the company
   * @param body {@code person}
   * @param headers extra headers (the idempotency token)
   * @return the call
   */
  @POST("rest/v1.0/companies/{company_id}/people")
  Call<ResponseBody> create(
      @Path("company_id") long companyId,
      @Body ObjectNode body,
      @HeaderMap Map<String, String> headers);
}
