package com.romna.api.console;

import com.romna.api.RomnaApplication;
import com.romna.api.support.Api;
import com.romna.api.support.EngineTestConfiguration;
import com.romna.api.support.TestPostgres;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A service configured unlike the shared test one (another role, a real secret), with a database of its own. */
final class OtherService {

  private OtherService() {}

  /** @param settings command-line style settings, e.g. {@code --romna.role=worker} */
  static ConfigurableApplicationContext start(String... settings) {
    String[] base = {
      "--server.port=0",
      "--spring.temporal.test-server.enabled=true",
      "--romna.temporal.embedded=never",
      "--spring.datasource.url=" + TestPostgres.newDatabase(),
      "--spring.datasource.username=postgres",
      "--spring.datasource.password="
    };
    // Command-line arguments: they outrank application.yml (builder properties would not).
    return new SpringApplicationBuilder(RomnaApplication.class, EngineTestConfiguration.class)
        .run(Stream.concat(Stream.of(base), Stream.of(settings)).toArray(String[]::new));
  }

  static Api api(ConfigurableApplicationContext service) {
    return new Api(service.getEnvironment().getProperty("local.server.port", Integer.class));
  }
}
