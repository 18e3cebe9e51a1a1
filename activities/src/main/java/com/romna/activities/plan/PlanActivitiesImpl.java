package com.romna.activities.plan;

import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.Transition;

public class PlanActivitiesImpl implements PlanActivities {

  private final PlanRecorder recorder;

  public PlanActivitiesImpl(PlanRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void record(Transition transition) {
    recorder.move(transition.planId(), transition.status(), transition.note());
  }
}
