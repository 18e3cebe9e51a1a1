package com.romna.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api/**} request authenticates first; controllers receive the {@link Caller}.
 * Provider webhooks ({@code /api/webhooks/**}) are the exception: providers cannot hold a user's
 * token, so each webhook checks the provider's own signature instead.
 */
@Configuration(proxyBeanMethods = false)
class AuthWebConfiguration implements WebMvcConfigurer {

  private static final String CALLER = Caller.class.getName();

  private final Authenticator authenticator;

  AuthWebConfiguration(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                Caller caller = authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
                request.setAttribute(CALLER, caller);
                return true;
              }
            })
        .addPathPatterns("/api/**")
        .excludePathPatterns("/api/webhooks/**");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
          }

          @Override
          public Object resolveArgument(
              MethodParameter parameter,
              ModelAndViewContainer mavContainer,
              NativeWebRequest webRequest,
              WebDataBinderFactory binderFactory) {
            return webRequest.getAttribute(CALLER, RequestAttributes.SCOPE_REQUEST);
          }
        });
  }
}
