package com.romna.bench.temporal;

import io.temporal.activity.ActivityInterface;

/** The one activity of the minimal workflow: it only notes when it ran. */
@ActivityInterface
public interface Fire {

  void fire(String workflowId);
}
