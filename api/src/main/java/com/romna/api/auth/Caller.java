package com.romna.api.auth;

import com.romna.api.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: a user (from a verified token's {@code sub}) or a trusted backend holding the
 * service key, which must name the user it acts for.
 */
public record Caller(String userId, boolean service) {

  static Caller user(String userId) {
    return new Caller(userId, false);
  }

  static Caller serviceKey() {
    return new Caller(null, true);
  }

  /** The caller of the request being served, as Spring Security authenticated it; a 401 when none. */
  public static Caller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof ServiceKey.Granted) {
      return serviceKey();
    }
    if (authentication instanceof JwtAuthenticationToken user) {
      return user(user.getToken().getSubject());
    }
    throw AuthProblems.missingToken();
  }

  /** The user this request acts for. A user token can only ever act for its own user. */
  public String actingAs(String requestedUserId) {
    boolean named = requestedUserId != null && !requestedUserId.isBlank();
    if (!service) {
      if (named && !requestedUserId.equals(userId)) {
        throw new ApiException(
            HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "A user token cannot act for another user.");
      }
      return userId;
    }
    if (!named) {
      throw ApiException.badRequest(
          "user-required", "Requests with the service key must name the user with 'userId'.");
    }
    if (!UserTokens.plainSubject(requestedUserId)) {
      throw ApiException.badRequest(
          "invalid-user", "'userId' must be 1 to 128 visible characters, without spaces.");
    }
    ServiceKeyAudit.actingFor(requestedUserId);
    return requestedUserId;
  }
}
