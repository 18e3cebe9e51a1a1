package com.romna.api.limits;

import com.romna.api.web.BodySizeLimit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

// Scheduling: full rate-limit buckets are dropped from the table every few minutes.
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LimitsConfiguration {

  // Before the security filters: an oversized body is refused without being read, token or not.
  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(LimitsProperties limits) {
    FilterRegistrationBean<BodySizeLimit> registration =
        new FilterRegistrationBean<>(new BodySizeLimit(limits.maxBodySize().toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
