package dev.procoresync.core.client.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** Companies the credential can access. */
public interface CompaniesApi {

  /**
   * Lists companies.
   *
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/companies")
  Call<ResponseBody> list(@Query("per_page") int perPage);
}
