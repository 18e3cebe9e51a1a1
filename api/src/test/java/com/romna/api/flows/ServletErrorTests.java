package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import com.romna.api.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever layer refuses a request (Tomcat's parser, the security firewall, the servlet error page,
 * Spring MVC), the answer is an RFC 7807 problem in JSON, never an HTML page.
 */
class ServletErrorTests extends EngineTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonNode problem(RawHttp.Response response, int status, String slug) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContainIgnoringCase("<html");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("type").asString()).isEqualTo("urn:romna:problem:" + slug);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asString()).isNotBlank();
    return body;
  }

  private RawHttp.Response raw(String requestLine, String... headers) {
    return RawHttp.send(port, requestLine + "\r\nHost: localhost\r\nAuthorization: Bearer " + token
        + (headers.length == 0 ? "" : "\r\n" + String.join("\r\n", headers)));
  }

  @Test
  void aPathTomcatCannotParseIsAProblemNotAnHtmlPage() {
    problem(raw("GET /api/plans/<script>alert(1)</script> HTTP/1.1"), 400, "bad-request");
    problem(raw("GET /api/plans/{x}|`y` HTTP/1.1"), 400, "bad-request");
  }

  @Test
  void encodedSlashesSemicolonsAndTraversalAreRefusedAsProblems() {
    problem(raw("GET /api/plans/%2F..%2Fadmin HTTP/1.1"), 400, "bad-request");
    problem(raw("GET /api/plans;jsessionid=abc HTTP/1.1"), 400, "bad-request");
    problem(raw("GET /api/../actuator/prometheus HTTP/1.1"), 400, "bad-request");
    problem(raw("GET /api/plans/%00 HTTP/1.1"), 400, "bad-request");
  }

  @Test
  void malformedOrOversizedHeadersAreProblems() {
    problem(raw("GET /api/plans HTTP/1.1", "Bad Header Name: x"), 400, "bad-request");
    problem(raw("GET /api/plans HTTP/1.1", "X-Padding: " + "a".repeat(20_000)), 400, "bad-request");
  }

  @Test
  void anUnknownEndpointIsNotFound() {
    problem(raw("GET /api/nothing-here HTTP/1.1"), 404, "not-found");
    problem(raw("GET /api/plans/123e4567-e89b-12d3-a456-426614174000/nothing HTTP/1.1"), 404, "not-found");
  }

  @Test
  void aWrongMethodSaysWhichOnesWork() {
    RawHttp.Response response = raw("PATCH /api/devices HTTP/1.1", "Content-Length: 0");
    JsonNode body = problem(response, 405, "method-not-allowed");
    assertThat(body.get("detail").asString()).contains("GET").contains("POST");
    assertThat(response.headers().get("allow")).contains("GET");
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    byte[] text = "remind me in 2 hours".getBytes(StandardCharsets.UTF_8);
    JsonNode body = problem(RawHttp.send(port, "POST /api/voice/decide HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Bearer " + token + "\r\nContent-Type: text/plain\r\nContent-Length: " + text.length, text),
        415, "unsupported-media-type");
    assertThat(body.get("detail").asString()).contains("application/json");
  }

  @Test
  void askingForHtmlStillGetsAProblemInJson() {
    problem(raw("GET /api/plans HTTP/1.1", "Accept: text/html"), 406, "not-acceptable");
    // What a browser sends: HTML preferred, anything accepted.
    problem(raw("GET /api/plans?status=nope HTTP/1.1",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), 400, "invalid-parameter");
    problem(raw("GET /api/nothing-here HTTP/1.1", "Accept: text/html"), 404, "not-found");
    problem(RawHttp.send(port, "GET /api/plans HTTP/1.1\r\nHost: localhost\r\nAccept: text/html"),
        401, "unauthorized");
  }

  @Test
  void aRequestThatWillNotAcceptJsonIsRefusedBeforeAnythingIsCreated() {
    byte[] body = "{\"transcript\":\"remind me in 2 hours to stretch\"}".getBytes(StandardCharsets.UTF_8);
    problem(RawHttp.send(port, "POST /api/voice/decide HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token + "\r\nContent-Type: application/json\r\nAccept: text/html\r\nContent-Length: " + body.length, body),
        406, "not-acceptable");
    assertThat(plansOfUser()).isZero();
  }

  @Test
  void aBodyOverTheCapIsRefusedWhetherItsLengthIsDeclaredOrChunked() {
    byte[] big = ("{\"transcript\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    problem(RawHttp.send(port, "POST /api/voice/decide HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token + "\r\nContent-Type: application/json\r\nContent-Length: " + big.length, big), 413, "body-too-large");
    problem(RawHttp.send(port, "POST /api/voice/decide HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", RawHttp.chunked(big)),
        413, "body-too-large");
    assertThat(plansOfUser()).isZero();
  }

  @Test
  void parameterErrorsNameTheValidValues() {
    Api.Response status = api.get("/api/plans?status=done", token);
    assertThat(status.status()).isEqualTo(400);
    assertThat(status.text("detail")).contains("pending", "scheduled", "waiting_approval", "executed", "failed",
        "cancelled");
    Api.Response limit = api.get("/api/plans?limit=lots", token);
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.text("detail")).contains("limit");
    Api.Response type = api.post("/api/voice/decide", token, Api.json(Map.of("transcript", Map.of("a", 1))));
    assertThat(type.status()).isEqualTo(400);
    assertThat(type.text("detail")).contains("'transcript' must be a string");
  }
}
