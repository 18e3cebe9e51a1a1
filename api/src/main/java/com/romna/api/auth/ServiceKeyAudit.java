package com.romna.api.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One log line per service-key call, saying that the key was used, for what and for which user:
 * the key can act for anyone, so its use is worth an audit trail.
 */
final class ServiceKeyAudit extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ServiceKeyAudit.class);
  private static final String ACTING_FOR = ServiceKeyAudit.class.getName() + ".actingFor";

  /** Remembers the (already validated) user a service-key request acts for. */
  static void actingFor(String userId) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ACTING_FOR, userId, RequestAttributes.SCOPE_REQUEST);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ServiceKey.Granted)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      Object user = request.getAttribute(ACTING_FOR);
      // The route, not the raw path: a path can carry a device token, which is a credential.
      Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      log.info(
          "service key: {} {} acting for user {} -> {}",
          request.getMethod(),
          route == null ? "(no route)" : route,
          user == null ? "(none named)" : "'" + user + "'",
          response.getStatus());
    }
  }
}
