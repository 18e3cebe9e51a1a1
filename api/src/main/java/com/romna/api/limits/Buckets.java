package com.romna.api.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) kept in PostgreSQL, so every api instance counts against the same
 * numbers and a restart forgives nothing. Time is the service's clock.
 */
@Component
class Buckets {

  private static final Logger log = LoggerFactory.getLogger(Buckets.class);
  private static final int CLEANUP_BATCH = 1000;

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  Buckets(DataSource dataSource, Clock clock) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .clientClock(new ClockTime(clock))
            // A full bucket says nothing a fresh one would not: its row may go.
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build();
  }

  /** Takes one token from {@code key}; the answer says whether it was there and when one is back. */
  ConsumptionProbe take(String key, Supplier<BucketConfiguration> limits) {
    try {
      return buckets.builder().build(key, limits).tryConsumeAndReturnRemaining(1);
    } catch (BucketExceptions.BucketExecutionException e) {
      // Bucket4j wraps the driver's SQLException: said in Spring's words, PostgreSQL being away is a 503.
      throw new DataAccessResourceFailureException("rate limits unavailable", e);
    }
  }

  @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT10M")
  void dropFullBuckets() {
    int removed;
    int total = 0;
    do {
      removed = buckets.removeExpired(CLEANUP_BATCH);
      total += removed;
    } while (removed == CLEANUP_BATCH);
    if (total > 0) {
      log.debug("dropped {} full rate-limit buckets", total);
    }
  }

  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
