package dev.procoresync.core.client.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Timecard time types (regular, overtime, ...). */
public interface TimecardTimeTypesApi {

  /**
   * Lists the company's time types.
   *
   * @param companyId the company
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/companies/{company_id}/timecard_time_types")
  Call<ResponseBody> listForCompany(
      @Path("company_id") long companyId, @Query("per_page") int perPage);

  /**
   * Lists the time types available in a project.
   *
   * @param projectId the project
   * @param perPage page size
   * @return the call
   */
  @GET("rest/v1.0/timecard_time_types")
  Call<ResponseBody> listForProject(
      @Query("project_id") long projectId, @Query("per_page") int perPage);
}
