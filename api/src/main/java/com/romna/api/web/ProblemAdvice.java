package com.romna.api.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error leaves as {@code application/problem+json} with a stable {@code type}. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  static java.net.URI type(String slug) {
    return Problems.type(slug);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setType(type(e.type()));
    problem.setTitle(e.title());
    e.properties().forEach(problem::setProperty);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
    e.headers().forEach(response::header);
    return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  // PostgreSQL away (a lost connection, a pool that cannot get one): the request did nothing, and a
  // retry may well work, so a 503 rather than an error of ours.
  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
  ResponseEntity<ProblemDetail> storeUnavailable(DataAccessException e) {
    log.warn("the plan store is unavailable: {}", e.getClass().getSimpleName());
    return api(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Plan store unavailable",
        "The plan store did not answer; nothing was changed. Please try again."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("unexpected error", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was lost.");
    problem.setType(type("internal"));
    return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (BodyReading.tooLarge(ex)) {
      ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, BodyReading.tooLargeDetail(ex));
      return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, BodyReading.detail(ex));
    problem.setType(type("malformed-body"));
    problem.setTitle("Malformed request body");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
    String detail = "'" + ex.getValue() + "' is not a valid " + name + ".";
    Class<?> required = ex.getRequiredType();
    if (required != null && required.isEnum()) {
      detail += " Use one of: " + Arrays.stream(required.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", ")) + ".";
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(type("invalid-parameter"));
    problem.setTitle("Invalid parameter");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String allowed = ex.getSupportedHttpMethods() == null ? "" : ex.getSupportedHttpMethods().stream()
        .map(Object::toString).collect(Collectors.joining(", "));
    ProblemDetail problem = Problems.of(status,
        ex.getMethod() + " is not supported here" + (allowed.isEmpty() ? "." : "; use " + allowed + "."));
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(status, "Content-Type '" + ex.getContentType()
        + "' is not supported here; send " + MediaType.toString(ex.getSupportedMediaTypes()) + ".");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(status, "This endpoint answers only with application/json;"
        + " the Accept header excludes it.");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = Problems.of(status,
        "There is no endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath() + ".");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /** Spring's own errors get our problem type for their status instead of {@code about:blank}. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      problem.setType(Problems.type(Problems.slug(status.value())));
    }
    HttpHeaders withType = new HttpHeaders();
    withType.putAll(headers);
    withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return super.handleExceptionInternal(ex, body, withType, status, request);
  }
}
