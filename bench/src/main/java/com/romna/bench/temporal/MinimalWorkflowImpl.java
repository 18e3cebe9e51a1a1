package com.romna.bench.temporal;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public class MinimalWorkflowImpl implements MinimalWorkflow {

  private final Fire fire = Workflow.newActivityStub(Fire.class,
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

  @Override
  public void run(long dueEpochMillis) {
    long wait = dueEpochMillis - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.sleep(Duration.ofMillis(wait));
    }
    fire.fire(Workflow.getInfo().getWorkflowId());
  }
}
