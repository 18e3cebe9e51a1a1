package com.romna.bench.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;

/** Connections to the service's own embedded PostgreSQL, for baselines and for reading results. */
public final class Database {

  private Database() {}

  public static HikariDataSource open(LocalService service, int poolSize) throws IOException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(service.jdbcUrl());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("bench");
    return new HikariDataSource(config);
  }
}
