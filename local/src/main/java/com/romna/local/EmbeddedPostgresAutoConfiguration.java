package com.romna.local;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The local run's database: with no {@code SPRING_DATASOURCE_URL}, a real PostgreSQL (binaries
 * from Maven Central) runs beside the service and keeps its data under {@code romna.local.data-dir},
 * so plans survive restarts. The data directory belongs to one running copy at a time.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

  @Bean(destroyMethod = "close")
  LocalDataDirectory localDataDirectory(@Value("${romna.local.data-dir:.romna}") String dataDir) {
    return LocalDataDirectory.claim(dataDir);
  }

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(LocalDataDirectory dataDirectory) throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory.path().resolve("postgres"))
            .setCleanDataDirectory(false)
            .start();
    log.info("embedded PostgreSQL on port {}, data in {}", postgres.getPort(),
        dataDirectory.path().resolve("postgres"));
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
