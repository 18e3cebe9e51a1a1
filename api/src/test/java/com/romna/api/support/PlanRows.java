package com.romna.api.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plan rows written straight into a service's database, as if its workflow had been lost. */
public final class PlanRows {

  private PlanRows() {}

  /** A scheduled reminder due at {@code due} whose workflow this service has never seen. */
  public static UUID reminderWithoutAWorkflow(JdbcClient jdbc, String user, Instant due) {
    UUID planId = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO execution_plans (id, user_id, intent_type, scheduled_for, timezone,
              requires_approval, status, payload, workflow_id, created_at, updated_at)
            VALUES (:id, :user, 'reminder', :due, 'UTC', false, 'scheduled',
              CAST(:payload AS jsonb), :workflow, :due, :due)
            """)
        .param("id", planId)
        .param("user", user)
        .param("due", due.atOffset(ZoneOffset.UTC))
        .param("payload", Api.json(Map.of("title", "water the garden")))
        .param("workflow", "plan-" + planId)
        .update();
    return planId;
  }
}
