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

/** Project cost codes and the company's standard cost code lists. */
public interface CostCodesApi {

  /**
   * Lists a project's cost codes.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/cost_codes")
  Call<ResponseBody> list(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates or updates a project's cost codes in one call.
   *
   * @param projectId the project
   * @param body {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/cost_codes/sync")
  Call<ResponseBody> sync(@Query("project_id") long projectId, @Body ObjectNode body);

  /**
   * Lists the company's standard cost code lists.
   *
   * @param companyId the company
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/standard_cost_code_lists")
  Call<ResponseBody> standardLists(
      @Query("company_id") long companyId, @Query("per_page") int perPage);

  /**
   * Lists the codes of a standard cost code list.
   *
   * @param companyId the company
   * @param listId the standard cost code list
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/standard_cost_codes")
  Call<ResponseBody> standardCodes(
      @Query("company_id") long companyId,
      @Query("standard_cost_code_list_id") long listId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates or updates standard cost codes in one call.
   *
   * @param body {@code company_id}, {@code standard_cost_code_list_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/standard_cost_codes/sync")
  Call<ResponseBody> syncStandard(@Body ObjectNode body);
}
