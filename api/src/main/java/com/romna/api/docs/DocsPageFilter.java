package com.romna.api.docs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the docs are served, the page may load and call nothing but this service: the browser
 * enforces it, so no script, style, font or validator badge can reach a CDN or another host, now
 * or after an upgrade of Swagger UI (inline styles are allowed: its React components set them).
 * While they are off, Swagger UI's webjar is not served either: Spring Boot would otherwise serve
 * it raw under /webjars, pointing at the public petstore.
 */
final class DocsPageFilter extends OncePerRequestFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
          + " form-action 'self'";

  static final String[] PAGE = {"/docs", "/docs/*", "/swagger-ui/*", "/webjars/swagger-ui/*"};
  static final String[] WEBJAR = {"/webjars/swagger-ui/*"};

  private final boolean served;

  DocsPageFilter(boolean served) {
    this.served = served;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!served) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
