package com.romna.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: what filters and the container refuse before (or outside)
 * any controller still answers as problem JSON, never Spring's or Tomcat's HTML page.
 */
// Not an API operation: what the container renders for errors outside the controllers.
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer c ? c : 500;
    ProblemDetail problem;
    HttpHeaders headers = new HttpHeaders();
    if (causedBy(error, AuthenticationServiceException.class)) {
      // The bearer could not be checked (the issuer's keys did not answer): not the caller's fault.
      problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
          "The token could not be checked right now (the issuer's keys are unreachable); try again shortly.");
      problem.setType(Problems.type("auth-unavailable"));
      headers.set(HttpHeaders.RETRY_AFTER, "30");
    } else if (causedBy(error, RequestRejectedException.class)) {
      problem = Problems.of(HttpStatus.BAD_REQUEST,
          "The request URL or a header contains something this service never accepts"
              + " (e.g. an encoded slash, a semicolon, '..' or a control character).");
    } else if (status >= 500) {
      log.error("unexpected error outside the controllers", error);
      problem = Problems.of(HttpStatusCode.valueOf(status), "Something went wrong on our side; nothing was lost.");
    } else {
      problem = Problems.of(HttpStatusCode.valueOf(status), detail(request, status));
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path) {
      problem.setInstance(java.net.URI.create(path.isEmpty() ? "/" : path.replace(" ", "%20")));
    }
    return ResponseEntity.status(problem.getStatus())
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detail(HttpServletRequest request, int status) {
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    if (message instanceof String text && !text.isBlank()) {
      return text;
    }
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 413 -> "The request body is too large.";
      default -> "The request was refused: " + Problems.title(status) + ".";
    };
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
