package com.romna.activities.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.apache.v2.ApacheHttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.HttpException;
import org.apache.http.HttpHost;
import org.apache.http.conn.routing.HttpRoute;

/**
 * A local server speaking FCM HTTP v1, and the real firebase-admin SDK pointed at it. Only test
 * code knows the SDK is redirected: its transport rewrites {@code fcm.googleapis.com} to this
 * server, and its credentials are a fixed access token, so nothing talks to Google.
 */
public final class FakeFcm implements AutoCloseable {

  public static final String PROJECT = "romna-test";
  public static final String SEND_PATH = "/v1/projects/" + PROJECT + "/messages:send";
  public static final String ACCESS_TOKEN = "test-token";

  /** One request as FCM received it, timed by the clock the test chooses. */
  public record Sent(String token, long atMillis) {}

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final AtomicInteger messageNumbers = new AtomicInteger();
  private volatile LongSupplier clock = System::currentTimeMillis;
  private final WireMockServer server;
  private final FirebaseApp app;

  public FakeFcm() {
    this(new FixedToken());
  }

  FakeFcm(GoogleCredentials credentials) {
    server = new WireMockServer(options().dynamicPort().extensions(new Recorder()));
    server.start();
    FirebaseOptions firebase =
        FirebaseOptions.builder()
            .setProjectId(PROJECT)
            .setCredentials(credentials)
            .setHttpTransport(redirectedToThisServer())
            .build();
    app = FirebaseApp.initializeApp(firebase, "fake-fcm-" + UUID.randomUUID());
  }

  FirebaseMessaging messaging() {
    return FirebaseMessaging.getInstance(app);
  }

  /** Times requests on another clock, e.g. the Temporal test server's skipped time. */
  public void timedBy(LongSupplier millis) {
    this.clock = millis;
  }

  /** FCM accepts every message for this token; returns the message name it answers. */
  public String accepts(String token) {
    String name = nextName();
    server.stubFor(forToken(token).willReturn(accepted(name)));
    return name;
  }

  /** FCM answers this token with the error, every time. */
  public void fails(String token, ResponseDefinitionBuilder error) {
    server.stubFor(forToken(token).willReturn(error));
  }

  /** The first {@code times} requests for this token get the error, then FCM accepts. */
  public String failsThenAccepts(String token, int times, ResponseDefinitionBuilder error) {
    String scenario = "token-" + token;
    String state = Scenario.STARTED;
    for (int i = 1; i <= times; i++) {
      String next = "failed-" + i;
      server.stubFor(
          forToken(token)
              .inScenario(scenario)
              .whenScenarioStateIs(state)
              .willReturn(error)
              .willSetStateTo(next));
      state = next;
    }
    String name = nextName();
    server.stubFor(
        forToken(token).inScenario(scenario).whenScenarioStateIs(state).willReturn(accepted(name)));
    return name;
  }

  /** FCM's error body: Google's error envelope with the FCM error code in its details. */
  public static ResponseDefinitionBuilder error(int status, String grpcStatus, String message, String fcmCode) {
    String details =
        fcmCode == null
            ? ""
            : ",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                + "\"errorCode\":\"" + fcmCode + "\"}]";
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody(
            "{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"status\":\""
                + grpcStatus + "\"" + details + "}}");
  }

  public static ResponseDefinitionBuilder unregistered() {
    return error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED");
  }

  public static ResponseDefinitionBuilder internal() {
    return error(500, "INTERNAL", "Internal error encountered.", "INTERNAL");
  }

  public static ResponseDefinitionBuilder unavailable() {
    return error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE");
  }

  public static ResponseDefinitionBuilder quotaExceeded() {
    return error(
        429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Send requests'.", "QUOTA_EXCEEDED");
  }

  /** Every request FCM received, in order. */
  public List<Sent> sent() {
    return new ArrayList<>(sent);
  }

  public List<Sent> sentTo(String token) {
    return sent.stream().filter(s -> s.token().equals(token)).toList();
  }

  public List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlEqualTo(SEND_PATH)));
  }

  @Override
  public void close() {
    app.delete();
    server.stop();
  }

  private MappingBuilder forToken(String token) {
    return post(urlEqualTo(SEND_PATH)).withRequestBody(matchingJsonPath("$.message.token", equalTo(token)));
  }

  private String nextName() {
    return "projects/" + PROJECT + "/messages/" + (1000 + messageNumbers.incrementAndGet());
  }

  private static ResponseDefinitionBuilder accepted(String name) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=UTF-8")
        .withBody("{\"name\":\"" + name + "\"}");
  }

  /**
   * The SDK's requests to {@code https://fcm.googleapis.com} go to this server over plain HTTP.
   * Apache's client, unlike {@code HttpURLConnection}, keeps the body of a 401 as FCM's own
   * transport does, so THIRD_PARTY_AUTH_ERROR arrives as FCM sends it.
   */
  private HttpTransport redirectedToThisServer() {
    HttpHost local = new HttpHost("localhost", server.port(), "http");
    return new ApacheHttpTransport(
        ApacheHttpTransport.newDefaultHttpClientBuilder()
            .setRoutePlanner(
                (target, request, context) -> {
                  if (!target.getHostName().equals("fcm.googleapis.com")) {
                    throw new HttpException("unexpected host in a test: " + target);
                  }
                  return new HttpRoute(local);
                })
            .build());
  }

  /**
   * A fixed access token that "refreshes" to itself: FCM answering 401 makes the SDK refresh and
   * try once more, as it does with real credentials.
   */
  private static final class FixedToken extends GoogleCredentials {
    private static final AccessToken TOKEN =
        new AccessToken(ACCESS_TOKEN, Date.from(Instant.parse("2100-01-01T00:00:00Z")));

    FixedToken() {
      super(GoogleCredentials.newBuilder().setAccessToken(TOKEN));
    }

    @Override
    public AccessToken refreshAccessToken() {
      return TOKEN;
    }
  }

  /** Notes each request the moment it arrives, on the chosen clock. */
  private final class Recorder implements ServeEventListener {
    @Override
    public String getName() {
      return "fcm-request-recorder";
    }

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      Matcher token = TOKEN.matcher(event.getRequest().getBodyAsString());
      sent.add(new Sent(token.find() ? token.group(1) : "", clock.getAsLong()));
    }
  }
}
