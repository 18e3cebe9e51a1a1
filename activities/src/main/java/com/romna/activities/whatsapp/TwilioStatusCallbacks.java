package com.romna.activities.whatsapp;

import com.romna.workflows.delivery.DeliveryCallbacks;
import com.twilio.security.RequestValidator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Twilio's signed message status callbacks. The delivery row follows the message (queued, sent,
 * delivered, read...) and never moves back. When WhatsApp finally refuses a message the plan was
 * already marked {@code executed} for, the plan is set to {@code failed} with the reason, so it
 * tells the truth; both writes are one statement.
 */
class TwilioStatusCallbacks implements DeliveryCallbacks {

  private static final String RANK_NOW = TwilioStatus.sqlRank("d.status");

  private static final String UPDATE =
      """
      WITH target AS (
        SELECT id FROM deliveries
        WHERE provider = :provider AND provider_message_id = :sid),
      updated AS (
        UPDATE deliveries d SET status = :status, updated_at = :now,
          error = CASE WHEN :notDelivered THEN :error ELSE d.error END
        WHERE d.id IN (SELECT id FROM target) AND %s < :rank
        RETURNING d.plan_id),
      moved AS (
        UPDATE execution_plans p SET status = 'failed', last_error = :error, updated_at = :now
        WHERE :notDelivered AND p.status = 'executed' AND p.id IN (SELECT plan_id FROM updated)
        RETURNING p.id),
      event AS (
        INSERT INTO plan_events (plan_id, status, note, occurred_at)
        SELECT id, 'failed', :error, :now FROM moved)
      SELECT count(*) FROM target
      """
          .formatted(RANK_NOW);

  private final RequestValidator validator;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  /** @param authToken the account's auth token, which Twilio signs its callbacks with */
  TwilioStatusCallbacks(String authToken, NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.validator = StringUtils.hasText(authToken) ? new RequestValidator(authToken) : null;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Outcome twilioStatus(String url, Map<String, String> params, String signature) {
    if (validator == null) {
      return Outcome.NOT_CONFIGURED;
    }
    if (!StringUtils.hasText(signature) || url == null || !validator.validate(url, params, signature)) {
      return Outcome.BAD_SIGNATURE;
    }
    String sid = params.get("MessageSid");
    String status = TwilioStatus.ledger(params.get("MessageStatus"));
    if (!StringUtils.hasText(sid)) {
      return Outcome.UNKNOWN_MESSAGE;
    }
    Integer code = errorCode(params.get("ErrorCode"));
    boolean notDelivered = status != null && TwilioStatus.NOT_DELIVERED.contains(status);
    Long rows =
        jdbc.queryForObject(
            UPDATE,
            new MapSqlParameterSource("sid", sid)
                .addValue("provider", TwilioWhatsAppSender.PROVIDER)
                .addValue("status", status)
                // A status the ledger does not track matches nothing, but still finds the row.
                .addValue("rank", status == null ? 0 : TwilioStatus.rank(status))
                .addValue("notDelivered", notDelivered)
                .addValue("error", notDelivered ? notDeliveredReason(code, params) : null)
                .addValue("now", clock.instant().atOffset(ZoneOffset.UTC)),
            Long.class);
    return rows != null && rows > 0 ? Outcome.UPDATED : Outcome.UNKNOWN_MESSAGE;
  }

  private static String notDeliveredReason(Integer code, Map<String, String> params) {
    return "WhatsApp did not deliver the message: "
        + TwilioErrors.explain(code, params.get("ErrorMessage"));
  }

  private static Integer errorCode(String value) {
    if (!StringUtils.hasText(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
