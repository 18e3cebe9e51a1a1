package com.romna.bench.temporal;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The least a timed plan can be on Temporal: sleep until its instant, then one activity. */
@WorkflowInterface
public interface MinimalWorkflow {

  @WorkflowMethod
  void run(long dueEpochMillis);
}
