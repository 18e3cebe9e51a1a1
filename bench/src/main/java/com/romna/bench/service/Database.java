package com.romna.bench.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

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

  /** The settings that decide what a commit costs, for the notes under the table. */
  public static String describe(DataSource db) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('server_version'),"
            + " current_setting('synchronous_commit'), current_setting('fsync')")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + " (embedded), synchronous_commit=" + rs.getString(2)
          + ", fsync=" + rs.getString(3);
    }
  }
}
