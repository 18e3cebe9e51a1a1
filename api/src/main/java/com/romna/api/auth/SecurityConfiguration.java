package com.romna.api.auth;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The API is an OAuth2 resource server: every request carries a bearer token (a user JWT or the
 * service key) except health probes, provider webhooks (they check the provider's signature), the
 * API documentation and the console's static files. Other actuator endpoints (metrics) need the
 * service key.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PUBLIC = {
    "/actuator/health", "/actuator/health/**",
    "/api/webhooks/**",
    "/v3/api-docs", "/v3/api-docs/**", "/docs", "/docs/**", "/swagger-ui.html", "/swagger-ui/**",
    "/webjars/swagger-ui/**",
    "/", "/index.html", "/favicon.ico", "/assets/**", "/console", "/console/**",
    "/error"
  };

  @Bean
  JwtDecoder userTokens(AuthProperties auth, Clock clock) {
    return new UserTokens(auth, clock);
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      AuthProperties auth,
      JwtDecoder userTokens,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
      throws Exception {
    AuthProblems problems = new AuthProblems(resolver);
    AuthenticationManager bearer = bearerTokens(auth, userTokens);
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(PUBLIC).permitAll()
            .requestMatchers("/actuator/**").hasRole(ServiceKey.ROLE)
            .anyRequest().authenticated())
        .oauth2ResourceServer(server -> server
            .authenticationManagerResolver(request -> bearer)
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterAfter(new ServiceKeyAudit(), AuthorizationFilter.class);
    return http.build();
  }

  /** The service key (when configured) is tried first; any other bearer must be a valid user JWT. */
  private static AuthenticationManager bearerTokens(AuthProperties auth, JwtDecoder userTokens) {
    JwtAuthenticationConverter users = new JwtAuthenticationConverter();
    users.setJwtGrantedAuthoritiesConverter(jwt -> List.of(new SimpleGrantedAuthority("ROLE_USER")));
    JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(userTokens);
    jwt.setJwtAuthenticationConverter(users);
    List<AuthenticationProvider> providers = new ArrayList<>();
    if (auth.serviceKey() != null) {
      providers.add(new ServiceKey(auth.serviceKey()));
    }
    providers.add(jwt);
    return new ProviderManager(providers);
  }
}
