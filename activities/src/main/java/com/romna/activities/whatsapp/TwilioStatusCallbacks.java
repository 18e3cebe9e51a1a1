package com.romna.activities.whatsapp;

import com.romna.activities.delivery.Redaction;
import com.romna.workflows.delivery.DeliveryCallbacks;
import com.romna.workflows.delivery.ProviderReceipt;
import com.twilio.security.RequestValidator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Twilio's signed message status callbacks. The delivery row follows the message (queued, sent,
 * delivered, read...) and never moves back. The plan is not touched here: a final status (the
 * message arrived, or WhatsApp refused it for good) is handed back as a receipt for the plan's
 * workflow, which records it on the plan during its receipt window.
 */
class TwilioStatusCallbacks implements DeliveryCallbacks {

  private static final String UPDATE =
      """
      WITH target AS (
        SELECT id, plan_id FROM deliveries
        WHERE provider = :provider AND provider_message_id = :sid),
      updated AS (
        UPDATE deliveries d SET status = :status, updated_at = :now,
          error = CASE WHEN :notDelivered THEN :error ELSE d.error END
        WHERE d.id IN (SELECT id FROM target) AND %s < :rank)
      SELECT plan_id FROM target
      """
          .formatted(TwilioStatus.sqlRank("d.status"));

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
  public Result twilioStatus(String url, Map<String, String> params, String signature) {
    if (validator == null) {
      return Result.of(Outcome.NOT_CONFIGURED);
    }
    if (!StringUtils.hasText(signature) || url == null || !validator.validate(url, params, signature)) {
      return Result.of(Outcome.BAD_SIGNATURE);
    }
    String sid = params.get("MessageSid");
    if (!StringUtils.hasText(sid)) {
      return Result.of(Outcome.UNKNOWN_MESSAGE);
    }
    String status = TwilioStatus.ledger(params.get("MessageStatus"));
    boolean notDelivered = status != null && TwilioStatus.NOT_DELIVERED.contains(status);
    String reason = notDelivered ? notDeliveredReason(errorCode(params.get("ErrorCode")), params) : null;
    List<UUID> plans =
        jdbc.queryForList(
            UPDATE,
            new MapSqlParameterSource("sid", sid)
                .addValue("provider", TwilioWhatsAppSender.PROVIDER)
                .addValue("status", status)
                // A status the ledger does not track matches nothing, but still finds the row.
                .addValue("rank", status == null ? 0 : TwilioStatus.rank(status))
                .addValue("notDelivered", notDelivered)
                .addValue("error", reason)
                .addValue("now", clock.instant().atOffset(ZoneOffset.UTC)),
            UUID.class);
    if (plans.isEmpty()) {
      return Result.of(Outcome.UNKNOWN_MESSAGE);
    }
    boolean delivered = status != null && TwilioStatus.DELIVERED.contains(status);
    // The receipt travels into the workflow's history: no number, even in Twilio's own words.
    ProviderReceipt receipt = delivered || notDelivered
        ? new ProviderReceipt(TwilioWhatsAppSender.PROVIDER, sid, status, delivered, Redaction.scrub(reason, List.of(String.valueOf(params.get("To")))))
        : null;
    return new Result(Outcome.UPDATED, plans.get(0), receipt);
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
