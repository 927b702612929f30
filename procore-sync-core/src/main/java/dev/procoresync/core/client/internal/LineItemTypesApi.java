package dev.procoresync.core.client.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Cost types (line item types) of a company. */
public interface LineItemTypesApi {

  /**
   * Lists the company's cost types.
   *
   * @param companyId the company
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/line_item_types")
  Call<ResponseBody> list(
      @Query("company_id") long companyId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates or updates cost types in one call.
   *
   * @param body {@code company_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/line_item_types/sync")
  Call<ResponseBody> sync(@Body ObjectNode body);
}
