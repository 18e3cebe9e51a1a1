package com.romna.api.auth;

import com.romna.api.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * 401 and 403 from the security filters, rendered by the same problem advice as every other error
 * (the filters run before any controller, so they hand the error to MVC's exception resolvers). A
 * token that could not be checked at all (the issuer's keys unreachable) is not a 401: Spring
 * Security rethrows that to the servlet error page, which answers 503 auth-unavailable.
 */
final class AuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final HandlerExceptionResolver resolver;

  AuthProblems(HandlerExceptionResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
    resolver.resolveException(request, response, null, problem(request, e));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
    resolver.resolveException(
        request,
        response,
        null,
        new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
            "This endpoint needs the service key (ROMNA_AUTH_SERVICE_KEY)."));
  }

  static ApiException problem(HttpServletRequest request, AuthenticationException e) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      return missingToken();
    }
    return unauthorized("The bearer token is not valid: " + reason(e) + ".",
        "Bearer error=\"invalid_token\"");
  }

  static ApiException missingToken() {
    return unauthorized("Send 'Authorization: Bearer <token>'.", "Bearer");
  }

  private static String reason(AuthenticationException e) {
    if (e instanceof InvalidBearerTokenException && e.getCause() instanceof JwtValidationException invalid) {
      return invalid.getErrors().stream()
          .map(error -> error.getDescription() == null ? error.getErrorCode() : error.getDescription())
          .collect(Collectors.joining("; "));
    }
    if (e instanceof InvalidBearerTokenException) {
      return "its format, algorithm or signature was rejected";
    }
    return "it is malformed";
  }

  private static ApiException unauthorized(String detail, String challenge) {
    return new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail)
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge);
  }
}
