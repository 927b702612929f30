package dev.procoresync.core.client.internal;

import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;

/** Procore's OAuth token endpoint, on the login host. */
public interface OAuthApi {

  /**
   * Requests a token, form-urlencoded.
   *
   * @param fields {@code grant_type}, {@code client_id}, {@code client_secret} and the grant's own
   *     fields
   * @return the call
   */
  @FormUrlEncoded
  @POST("oauth/token")
  Call<ResponseBody> token(@FieldMap Map<String, String> fields);
}
