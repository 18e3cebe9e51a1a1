package com.romna.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The API only speaks JSON. A request whose {@code Accept} excludes it is refused (406) before the
 * endpoint runs: otherwise a plan would be created and the client told 406, never learning its id.
 */
@Configuration(proxyBeanMethods = false)
class AcceptsJson implements WebMvcConfigurer, HandlerInterceptor {

  private static final List<MediaType> SPOKEN = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotAcceptableException {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (!(handler instanceof HandlerMethod method) || accept == null || accept.isBlank() || speaksOtherwise(method,
        request)) {
      return true;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      throw new HttpMediaTypeNotAcceptableException("The Accept header is not a list of media types.");
    }
    for (MediaType type : accepted) {
      if (SPOKEN.stream().anyMatch(type::isCompatibleWith)) {
        return true;
      }
    }
    throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
  }

  /**
   * An endpoint that declares what it produces was already matched against Accept by Spring, and a
   * stream (server-sent events) is not JSON: neither is this check's business.
   */
  private static boolean speaksOtherwise(HandlerMethod method, HttpServletRequest request) {
    Class<?> returned = method.getReturnType().getParameterType();
    return request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null
        || ResponseBodyEmitter.class.isAssignableFrom(returned)
        || StreamingResponseBody.class.isAssignableFrom(returned);
  }
}
