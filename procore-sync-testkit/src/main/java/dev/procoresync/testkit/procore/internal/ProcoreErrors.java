package dev.procoresync.testkit.procore.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.testkit.http.Reply;
import java.util.List;
import java.util.Map;

/**
 * Every error status and body the fake sends, in one place so that they are easy to correct when
 * Procore is seen to answer otherwise. The choices where Procore's reference is silent are recorded
 * in docs/decisions/0021-fake-procore-error-shapes.md.
 */
public final class ProcoreErrors {

  /** Text of the 401 for a missing, unknown, expired or revoked access token (Procore's docs). */
  public static final String ACCESS_TOKEN_INVALID = "The access token is invalid";

  /** Text of the 401 for a spent or unknown refresh token (Procore's troubleshooting page). */
  public static final String REFRESH_TOKEN_INVALID = "The refresh token is invalid";

  /** Text of the 400 when {@code Procore-Company-Id} is missing (Procore's MPZ page). */
  public static final String MISSING_COMPANY_HEADER =
      "Missing Procore-Company-Id header! Each call your application makes to the Procore API must"
          + " contain a request header that includes the Procore-Company-Id field.";

  /** Text of the 429 (Procore's older rate-limiting page). */
  public static final String RATE_LIMITED =
      "You have surpassed the max number of requests for an hour. Please wait until your limit"
          + " resets.";

  private ProcoreErrors() {}

  /** 401 for the API: {@code {"errors":"The access token is invalid"}} + WWW-Authenticate. */
  static Reply invalidAccessToken() {
    ObjectNode body = Json.object().put("errors", ACCESS_TOKEN_INVALID);
    return Reply.json(401, body)
        .withHeader(
            "WWW-Authenticate",
            "Bearer realm=\"Doorkeeper\", error=\"invalid_token\", error_description=\""
                + ACCESS_TOKEN_INVALID
                + "\"");
  }

  /** 401 from /oauth/token for a spent/unknown refresh token or authorization code. */
  static Reply invalidGrant(String description) {
    return Reply.json(
        401, Json.object().put("error", "invalid_grant").put("error_description", description));
  }

  /** 401 from /oauth/token for unknown client credentials. */
  static Reply invalidClient() {
    return Reply.json(
        401,
        Json.object()
            .put("error", "invalid_client")
            .put(
                "error_description",
                "Client authentication failed due to unknown client, no client authentication"
                    + " included, or unsupported authentication method."));
  }

  /** 400 from /oauth/token for a missing or unknown grant type or parameter. */
  static Reply invalidTokenRequest(String error, String description) {
    return Reply.json(400, Json.object().put("error", error).put("error_description", description));
  }

  /** 400 when the company header is missing. */
  static Reply missingCompanyHeader() {
    return Reply.json(400, Json.object().put("errors", MISSING_COMPANY_HEADER));
  }

  /** 400 for a missing required parameter or a malformed body. */
  static Reply badRequest(String message) {
    return Reply.json(400, Json.object().put("errors", message));
  }

  /** 404 for unknown paths and for records the caller cannot see. */
  static Reply notFound() {
    return Reply.json(404, Json.object().put("errors", "404 Not Found"));
  }

  /** 405 with Allow (budget modifications after the company moved to budget changes). */
  static Reply methodNotAllowed(String allow, String message) {
    return Reply.json(405, Json.object().put("errors", message)).withHeader("Allow", allow);
  }

  /** 413 for a sync call with more than 1,000 items. */
  static Reply tooManyItems(int max, int got) {
    return Reply.json(
        413,
        Json.object()
            .put("errors", "Too many items: at most " + max + " may be sent at once, got " + got));
  }

  /** 422 for a create or update that fails validation: {@code {"errors":{field:[msg]}}}. */
  static Reply unprocessable(Map<String, List<String>> fieldErrors) {
    return Reply.json(422, Json.object().set("errors", fieldErrorsNode(fieldErrors)));
  }

  /** 400 of budget changes: {@code {"errors":["status can't be blank", ...]}}. */
  static Reply badRequestList(Map<String, List<String>> fieldErrors) {
    ArrayNode list = Json.array();
    fieldErrors.forEach((field, messages) -> messages.forEach(m -> list.add(field + " " + m)));
    return Reply.json(400, Json.object().set("errors", list));
  }

  /** 422 for a business rule (approved timecard delete, completed edit, approved commitment). */
  static Reply refused(String message) {
    return unprocessable(Map.of("base", List.of(message)));
  }

  /** 422 from POST budget_line_items/sync: {@code {"message":...,"error":...}}. */
  static Reply budgetLineItemSyncFailed(String error) {
    return Reply.json(
        422,
        Json.object().put("message", "Budget line items could not be synced").put("error", error));
  }

  /** 429 with the rate-limit body; Retry-After is added by the caller when configured. */
  static Reply rateLimited() {
    return Reply.json(429, Json.object().put("errors", RATE_LIMITED));
  }

  /** 500 (injected). */
  static Reply internalServerError() {
    return Reply.json(500, Json.object().put("errors", "Internal Server Error"));
  }

  /** 503 (injected), Retry-After added by the caller. */
  static Reply serviceUnavailable() {
    return Reply.json(
        503, Json.object().put("errors", "Service Unavailable: the server is under heavy load"));
  }

  /**
   * The body of an injected status fault: Procore's own for 429, 500 and 503, else {@code
   * {"errors":"Injected fault N"}}; Retry-After is added by the fault.
   *
   * @param status the status
   * @return the reply
   */
  public static Reply injected(int status) {
    switch (status) {
      case 429:
        return rateLimited();
      case 503:
        return serviceUnavailable();
      case 500:
        return internalServerError();
      default:
        return Reply.json(status, Json.object().put("errors", "Injected fault " + status));
    }
  }

  /** 504 after an injected delay (the request was not applied). */
  public static Reply gatewayTimeout() {
    return Reply.json(504, Json.object().put("errors", "Gateway Timeout"));
  }

  /** Builds {@code {field:[msg,...]}}. */
  static ObjectNode fieldErrorsNode(Map<String, List<String>> fieldErrors) {
    ObjectNode node = Json.object();
    fieldErrors.forEach(
        (field, messages) -> {
          ArrayNode array = node.putArray(field);
          messages.forEach(array::add);
        });
    return node;
  }

  /** Per-item sync error message when the submitted id matches no record. */
  static final String SYNC_ID_NOT_FOUND = "not found";

  /** Validation message for a blank required field (Rails' wording). */
  static final String BLANK = "can't be blank";

  /** Validation message for a too long field (Rails' wording). */
  static String tooLong(int max) {
    return "is too long (maximum is " + max + " characters)";
  }
}
