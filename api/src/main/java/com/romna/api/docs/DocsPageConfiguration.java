package com.romna.api.docs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards Swagger UI's files whether or not the docs are on (see {@link DocsPageFilter}). */
@Configuration(proxyBeanMethods = false)
class DocsPageConfiguration {

  @Bean
  FilterRegistrationBean<DocsPageFilter> docsPageFilter(
      @Value("${" + DocsSwitch.PAGE + ":true}") boolean served) {
    FilterRegistrationBean<DocsPageFilter> registration =
        new FilterRegistrationBean<>(new DocsPageFilter(served));
    registration.addUrlPatterns(served ? DocsPageFilter.PAGE : DocsPageFilter.WEBJAR);
    return registration;
  }
}
