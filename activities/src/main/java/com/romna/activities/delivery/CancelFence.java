package com.romna.activities.delivery;

import com.romna.activities.plan.PlanRecorder;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.PlanStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a cancel achieves when it meets a delivery, decided in one transaction against the ledger.
 * Raising the fence takes the plan row's lock, which waits for any claim in progress (claims hold a
 * share lock); the ledger is read only after that, in a fresh snapshot, so a claim is either seen
 * here or refused by the fence, never neither.
 */
public class CancelFence {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionOperations transactions;
  private final PlanRecorder plans;
  private final DeliveryLedger ledger;
  private final Clock clock;

  public CancelFence(NamedParameterJdbcTemplate jdbc, TransactionOperations transactions,
      PlanRecorder plans, DeliveryLedger ledger, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.plans = plans;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** See {@code PlanActivities#stopDelivery}. */
  public CancelOutcome stop(UUID planId, String note) {
    return transactions.execute(tx -> decide(planId, note));
  }

  private CancelOutcome decide(UUID planId, String note) {
    MapSqlParameterSource plan = new MapSqlParameterSource("plan", planId)
        .addValue("now", clock.instant().atOffset(ZoneOffset.UTC));
    List<String> raised = jdbc.queryForList(
        "UPDATE execution_plans SET cancel_requested_at = COALESCE(cancel_requested_at, :now)"
            + " WHERE id = :plan RETURNING status",
        plan, String.class);
    if (raised.isEmpty()) {
      throw PlanRecorder.notFound(planId);
    }
    PlanStatus status = PlanStatus.fromWire(raised.get(0));
    if (status == PlanStatus.EXECUTED) {
      return CancelOutcome.ALREADY_SENT;
    }
    if (status.isTerminal()) {
      return CancelOutcome.CANCELLED;
    }
    List<String> rows = jdbc.queryForList(
        "SELECT status FROM deliveries WHERE plan_id = :plan AND purpose = 'plan'", plan, String.class);
    // Only the plan's own message counts: an approval reminder it sent is no delivery of the plan.
    if (rows.stream().anyMatch(LedgerEntry::handedOver)) {
      // Some recipients have it (e.g. one device of several): the plan did execute.
      ledger.markExecuted(planId, 1, "delivered before the cancel");
      return CancelOutcome.ALREADY_SENT;
    }
    if (rows.stream().anyMatch(LedgerEntry.SENDING::equals)) {
      return CancelOutcome.SENDING;
    }
    plans.move(planId, PlanStatus.CANCELLED, note);
    return CancelOutcome.CANCELLED;
  }
}
