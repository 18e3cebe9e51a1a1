package com.romna.api.production;

import com.romna.api.auth.DevTokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

/**
 * {@code ROMNA_PROFILE=production} refuses to start on a development default, before anything
 * connects anywhere: one line per problem, all of them at once, never a secret's value. The local
 * run's defaults (the public JWT secret, an embedded PostgreSQL, an in-process Temporal, the local
 * outbox for channels without credentials) are what makes one command work on a fresh machine;
 * in production each of them would fail silently and late.
 */
public class ProductionChecks implements EnvironmentPostProcessor, Ordered {

  public static final String PROFILE = "production";

  /** docker-compose.yml's default for ROMNA_AUTH_JWT_SECRET: a reminder, not a secret. */
  public static final String COMPOSE_PLACEHOLDER = "change-me-to-a-secret-of-at-least-32-bytes";

  private static final int MIN_SECRET_BYTES = 32;
  private static final String OR_OUTBOX =
      ", or ROMNA_LOCAL_OUTBOX=true to keep this channel in the local outbox on purpose";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles(PROFILE)) {
      return;
    }
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new ProductionRefusal(problems);
    }
  }

  /** What keeps this configuration from production, one line each; empty when nothing does. */
  public static List<String> problems(PropertyResolver settings) {
    List<String> problems = new ArrayList<>();
    String role = settings.getProperty("romna.role", "all");
    // A worker serves no API, so it verifies no token.
    if (!"worker".equals(role)) {
      secret(settings.getProperty("romna.auth.jwt-secret", ""),
          !blank(settings.getProperty("romna.auth.jwks-uri")), problems);
    }
    if (blank(settings.getProperty("spring.datasource.url"))) {
      problems.add("SPRING_DATASOURCE_URL is not set: production keeps its plans in its own PostgreSQL"
          + " (e.g. jdbc:postgresql://postgresql:5432/romna), never in an embedded one");
    }
    if (blank(settings.getProperty("spring.temporal.connection.target"))) {
      problems.add("TEMPORAL_ADDRESS is not set: production runs on its own Temporal (e.g."
          + " temporal:7233), never on an in-memory one");
    }
    if (!"api".equals(role) && !settings.getProperty("romna.local-outbox", Boolean.class, false)) {
      channels(settings, problems);
    }
    return problems;
  }

  // With an issuer's JWK set alone (ROMNA_AUTH_JWKS_URI) HS256 tokens are refused: no secret needed.
  private static void secret(String secret, boolean jwks, List<String> problems) {
    String fix = "; set it to a random secret of your own of at least " + MIN_SECRET_BYTES
        + " bytes (e.g. openssl rand -hex 32)";
    if (blank(secret)) {
      if (!jwks) {
        problems.add("ROMNA_AUTH_JWT_SECRET is not set (nor ROMNA_AUTH_JWKS_URI), so user tokens would be"
            + " signed with the public development secret" + fix + ", or name your issuer's ROMNA_AUTH_JWKS_URI");
      }
    } else if (secret.equals(DevTokens.DEVELOPMENT_SECRET)) {
      problems.add("ROMNA_AUTH_JWT_SECRET is the public development secret" + fix);
    } else if (secret.equals(COMPOSE_PLACEHOLDER)) {
      problems.add("ROMNA_AUTH_JWT_SECRET is still docker-compose's placeholder" + fix);
    } else if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      problems.add("ROMNA_AUTH_JWT_SECRET is only " + secret.getBytes(StandardCharsets.UTF_8).length
          + " bytes long" + fix);
    }
  }

  private static void channels(PropertyResolver settings, List<String> problems) {
    if (blank(settings.getProperty("romna.push.credentials"))
        && blank(settings.getProperty("romna.push.credentials-file"))) {
      problems.add("push (reminders and alarms) has no credentials: set ROMNA_FIREBASE_CREDENTIALS or"
          + " GOOGLE_APPLICATION_CREDENTIALS" + OR_OUTBOX);
    }
    if (blank(settings.getProperty("romna.email.resend-api-key"))) {
      problems.add("email has no credentials: set RESEND_API_KEY and ROMNA_EMAIL_FROM" + OR_OUTBOX);
    }
    if (blank(settings.getProperty("romna.whatsapp.twilio.account-sid"))
        || blank(settings.getProperty("romna.whatsapp.twilio.auth-token"))) {
      problems.add("WhatsApp has no credentials: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and"
          + " TWILIO_WHATSAPP_FROM" + OR_OUTBOX);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  // After the configuration files are read (they decide the profile and hold the defaults).
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
