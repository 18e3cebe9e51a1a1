package com.romna.api.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local default's database: with no {@code SPRING_DATASOURCE_URL}, a real PostgreSQL (binaries
 * from Maven Central) runs beside the service and keeps its data under {@code romna.local.data-dir},
 * so plans survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${romna.local.data-dir}") String dataDir)
      throws IOException {
    Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
    Files.createDirectories(directory.getParent());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
    log.info("embedded PostgreSQL on port {}, data in {}", postgres.getPort(), directory);
    return postgres;
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(16);
    return dataSource;
  }
}
