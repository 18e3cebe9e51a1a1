package com.romna.api.docs;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One switch for the API documentation: {@code romna.docs.enabled} turns springdoc's document and
 * page on or off together, and a worker-role process never serves them (it answers only actuator
 * endpoints). springdoc's own auto-configuration reads only its {@code springdoc.*} flags, which this
 * derives, so a profile needs to set nothing but {@code romna.docs.enabled}.
 */
class DocsSwitch implements EnvironmentPostProcessor, Ordered {

  static final String ENABLED = "romna.docs.enabled";
  static final String DOCUMENT = "springdoc.api-docs.enabled";
  static final String PAGE = "springdoc.swagger-ui.enabled";

  // After application.yml and its profile files are read, so a profile can turn the docs off.
  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean on =
        environment.getProperty(ENABLED, Boolean.class, true)
            && !"worker".equals(environment.getProperty("romna.role", "all"));
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "romnaDocsSwitch",
                Map.of(DOCUMENT, on, PAGE, on)));
  }
}
