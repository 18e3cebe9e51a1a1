package com.resend.services.emails;

import com.resend.core.net.AbstractHttpResponse;
import com.resend.core.net.HttpMethod;
import com.resend.core.net.IHttpClient;
import com.resend.core.net.RequestOptions;
import com.resend.core.net.impl.HttpClient;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Test-only adapter: resend-java hard-codes {@code https://api.resend.com}, so tests reach the fake
 * server through the SDK's package-private {@code Emails(apiKey, IHttpClient)} constructor (hence
 * this package) with a client that is the SDK's own {@link HttpClient} line for line (same OkHttp
 * calls, headers and error wrapping) except for the base URL.
 */
public final class ResendAtFakeServer {

  private ResendAtFakeServer() {}

  /** The real {@link Emails} service, talking to {@code baseUrl} instead of Resend. */
  public static Emails emails(String apiKey, String baseUrl) {
    return new Emails(apiKey, new BaseUrlHttpClient(baseUrl));
  }

  private static final class BaseUrlHttpClient implements IHttpClient<String> {

    private final String baseUrl;
    private final OkHttpClient httpClient = new OkHttpClient();

    BaseUrlHttpClient(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    @Override
    public AbstractHttpResponse<String> perform(
        String path, String apiKey, HttpMethod method, String payload, MediaType mediaType) {
      return perform(path, apiKey, method, payload, mediaType, (RequestOptions) null);
    }

    @Override
    public AbstractHttpResponse<String> perform(
        String path,
        String apiKey,
        HttpMethod method,
        String payload,
        MediaType mediaType,
        Map<String, String> additionalHeaders) {
      return perform(
          path,
          apiKey,
          method,
          payload,
          mediaType,
          RequestOptions.builder()
              .addAll(additionalHeaders == null ? Map.of() : additionalHeaders)
              .build());
    }

    @Override
    public AbstractHttpResponse<String> perform(
        String path,
        String apiKey,
        HttpMethod method,
        String payload,
        MediaType mediaType,
        RequestOptions requestOptions) {
      RequestBody requestBody = payload == null ? null : RequestBody.create(payload, mediaType);
      Request.Builder request =
          new Request.Builder()
              .url(baseUrl + path)
              .addHeader("Accept", "application/json")
              .addHeader("User-Agent", HttpClient.USER_AGENT)
              .addHeader("Authorization", "Bearer " + apiKey)
              .method(method.name(), requestBody);
      if (requestOptions != null) {
        String key = requestOptions.getIdempotencyKey();
        if (key != null && !key.isEmpty()) {
          request.addHeader("Idempotency-Key", key);
        }
        if (requestOptions.getAdditionalHeaders() != null) {
          requestOptions.getAdditionalHeaders().forEach(request::addHeader);
        }
      }
      try (Response response = httpClient.newCall(request.build()).execute()) {
        return new AbstractHttpResponse<>(
            response.code(), response.body().string(), response.isSuccessful());
      } catch (IOException e) {
        throw new RuntimeException(e); // as the SDK does: network errors are not ResendExceptions
      }
    }

    @Override
    public AbstractHttpResponse<String> performMultipart(
        String path,
        String apiKey,
        HttpMethod method,
        File file,
        MediaType type,
        Map<String, String> formFields) {
      throw new UnsupportedOperationException("emails never upload files");
    }

    @Override
    public AbstractHttpResponse<String> performMultipart(
        String path,
        String apiKey,
        HttpMethod method,
        File file,
        MediaType type,
        Map<String, String> formFields,
        RequestOptions requestOptions) {
      throw new UnsupportedOperationException("emails never upload files");
    }

    @Override
    public AbstractHttpResponse<String> performMultipart(
        String path,
        String apiKey,
        HttpMethod method,
        byte[] bytes,
        String fileName,
        MediaType type,
        Map<String, String> formFields) {
      throw new UnsupportedOperationException("emails never upload files");
    }

    @Override
    public AbstractHttpResponse<String> performMultipart(
        String path,
        String apiKey,
        HttpMethod method,
        byte[] bytes,
        String fileName,
        MediaType type,
        Map<String, String> formFields,
        RequestOptions requestOptions) {
      throw new UnsupportedOperationException("emails never upload files");
    }
  }
}
