package com.romna.api.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * One naming of problems by HTTP status, for errors that have no more specific type: the advice,
 * the servlet error page and Tomcat's own error reports all use it, so a client sees the same
 * {@code urn:romna:problem:<slug>} whichever layer refused the request.
 */
public final class Problems {

  private Problems() {}

  public static URI type(String slug) {
    return URI.create("urn:romna:problem:" + slug);
  }

  public static String slug(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 415 -> "unsupported-media-type";
      case 431 -> "headers-too-large";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal" : "bad-request";
    };
  }

  public static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known != null ? known.getReasonPhrase() : "Error";
  }

  /** A problem of the status's generic type; 5xx details never echo internals. */
  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug(status.value())));
    problem.setTitle(title(status.value()));
    return problem;
  }
}
