package dev.procoresync.core.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void v1DefaultErrorWithDetails() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"error\":{\"code\":\"invalid\",\"message\":\"Project is invalid\","
                + "\"details\":[{\"code\":\"blank\",\"message\":\"can't be blank\",\"source\":\"name\"}]}}");
    assertEquals("Project is invalid", b.message());
    assertEquals("invalid", b.code());
    assertEquals(List.of("name: can't be blank (blank)"), b.details());
  }

  @Test
  void v2StandardErrorWithReasonCode() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"Invalid payment details\","
                + "\"details\":[{\"reason_code\":\"INVALID_VALUE\",\"message\":\"must be positive\","
                + "\"source\":{\"pointer\":\"/amount\"}}]}}");
    assertEquals("Invalid payment details", b.message());
    assertEquals("BAD_REQUEST", b.code());
    assertEquals(List.of("/amount: must be positive (INVALID_VALUE)"), b.details());
  }

  @Test
  void errorsArrayOfStrings() {
    ErrorBody b = ErrorBody.parse("{\"errors\":[\"Title can't be blank\",\"Status is invalid\"]}");
    assertEquals("Title can't be blank", b.message());
    assertEquals(List.of("Status is invalid"), b.details());
  }

  @Test
  void errorsArrayOfObjects() {
    ErrorBody b =
        ErrorBody.parse("{\"errors\":[{\"field\":\"status\",\"message\":\"is not included\"}]}");
    assertEquals("status: is not included", b.message());
  }

  @Test
  void errorsString() {
    ErrorBody b = ErrorBody.parse("{\"errors\":\"Request entity too large\"}");
    assertEquals("Request entity too large", b.message());
    assertTrue(b.details().isEmpty());
  }

  @Test
  void errorsObjectRailsStyle() {
    ErrorBody b =
        ErrorBody.parse("{\"errors\":{\"name\":[\"can't be blank\"],\"code\":[\"is taken\"]}}");
    assertEquals("name: can't be blank", b.message());
    assertEquals(List.of("code: is taken"), b.details());
  }

  @Test
  void messageAndErrorGiveTheSpecificErrorAsTheMessage() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"message\":\"Currency mismatch\",\"error\":\"Budget line item currency invalid\"}");
    assertEquals("Budget line item currency invalid", b.message());
    assertEquals(List.of("Currency mismatch"), b.details());
  }

  @Test
  void codeMessageErrorWithStringFieldsAndReasonKeepsThemAll() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"code\":\"unprocessable\",\"message\":\"Validation failed\","
                + "\"error\":\"origin_id has already been taken\",\"fields\":\"origin_id\","
                + "\"reason\":\"duplicate\"}");
    assertEquals("origin_id has already been taken", b.message());
    assertEquals("unprocessable", b.code());
    assertEquals(
        List.of("Validation failed", "fields: origin_id", "reason: duplicate"), b.details());
  }

  @Test
  void htmlStrippingIsLinearOnBodiesFullOfAngleBrackets() {
    // 400,000 '<' without a '>': the old regex scanned the rest of the body from each of them
    String body = "<" + "<".repeat(400_000) + "x";
    assertEquals("", ErrorBody.parse(body).message());
    String tags = "<b>".repeat(200_000);
    assertEquals("", ErrorBody.parse(tags).message());
    String script = "<html><script>" + "<".repeat(200_000) + "</script><p>Bad gateway</p></html>";
    assertEquals("Bad gateway", ErrorBody.parse(script).message());
  }

  @Test
  void errorString() {
    assertEquals(
        "Missing Procore-Company-Id header!",
        ErrorBody.parse("{\"error\":\"Missing Procore-Company-Id header!\"}").message());
  }

  @Test
  void baseAndFields() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"base\":[\"Record is locked\"],\"fields\":{\"Vendor\":\"cannot change once approved\"}}");
    assertEquals("Record is locked", b.message());
    assertEquals(List.of("Vendor: cannot change once approved"), b.details());
  }

  @Test
  void oauthError() {
    ErrorBody b =
        ErrorBody.parse(
            "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}");
    assertEquals("invalid_grant", b.code());
    assertEquals("The provided authorization grant is invalid", b.message());
  }

  @Test
  void plainTextAndHtmlAndEmpty() {
    assertEquals("Too Many Requests", ErrorBody.parse("Too Many Requests").message());
    assertEquals(
        "502 Bad Gateway",
        ErrorBody.parse(
                "<html><head><title>x</title></head><body><h1>502 Bad Gateway</h1></body></html>")
            .message()
            .replace("x ", "")
            .trim());
    assertEquals("", ErrorBody.parse("").message());
    assertEquals("{not json", ErrorBody.parse("{not json").message());
  }

  @Test
  void longTextIsCut() {
    String m = ErrorBody.parse("x".repeat(1000)).message();
    assertTrue(m.length() < 320, m);
  }
}
