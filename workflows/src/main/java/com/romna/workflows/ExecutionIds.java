package com.romna.workflows;

import java.util.UUID;

/** Names shared by the client that starts plans and the worker that runs them. */
public final class ExecutionIds {
  public static final String TASK_QUEUE = "romna-execution";

  private static final String PREFIX = "plan-";

  private ExecutionIds() {}

  /** One workflow per plan: the id is derived from the plan, so starting twice is harmless. */
  public static String workflowId(UUID planId) {
    return PREFIX + planId;
  }
}
