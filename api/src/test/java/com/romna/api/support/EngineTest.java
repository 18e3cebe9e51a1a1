package com.romna.api.support;


import com.romna.api.RomnaApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over HTTP: real PostgreSQL, real workflows and activities on Temporal's
 * time-skipping test server. Every test acts as a user of its own.
 */
@SpringBootTest(
    classes = RomnaApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "romna.temporal.embedded=never",
      "romna.auth.service-key=" + Api.SERVICE_KEY
    })
@Import(EngineTestConfiguration.class)
public abstract class EngineTest extends ServiceTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestPostgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired protected FlakyPushSender push;
}
