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

/** Sub jobs of a project. */
public interface SubJobsApi {

  /**
   * Lists a project's sub jobs.
   *
   * @param projectId the project
   * @param perPage page size
   * @param query filters
   * @return the call
   */
  @GET("rest/v1.0/sub_jobs")
  Call<ResponseBody> list(
      @Query("project_id") long projectId,
      @Query("per_page") int perPage,
      @QueryMap Map<String, String> query);

  /**
   * Creates or updates sub jobs in one call.
   *
   * @param projectId the project
   * @param body {@code project_id} and {@code updates}
   * @return the call
   */
  @PATCH("rest/v1.0/sub_jobs/sync")
  Call<ResponseBody> sync(@Query("project_id") long projectId, @Body ObjectNode body);
}
