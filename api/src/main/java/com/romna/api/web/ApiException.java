package com.romna.api.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An error the client can act on; rendered as an RFC 7807 problem by {@link ProblemAdvice}. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ApiException badRequest(String type, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, type, "Bad request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
  }

  /** Extra members of the problem body, e.g. the status of a finished plan. */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** A response header the answer needs, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
  public ApiException header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
