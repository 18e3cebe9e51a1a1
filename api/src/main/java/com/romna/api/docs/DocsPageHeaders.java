package com.romna.api.docs;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The docs page may load and call nothing but this service: the browser enforces it, so no
 * script, style, font or validator badge can reach a CDN or another host, now or after an upgrade
 * of Swagger UI. Inline styles are allowed because Swagger UI's React components set them.
 */
final class DocsPageHeaders extends OncePerRequestFilter {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
          + " form-action 'self'";

  static final String[] PATHS = {"/docs", "/docs/*", "/swagger-ui/*"};

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }
}
