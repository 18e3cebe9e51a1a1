package com.romna.activities.plan;

import com.romna.activities.delivery.CancelFence;
import com.romna.workflows.CancelOutcome;
import com.romna.workflows.PlanStatus;
import com.romna.workflows.plan.NewTime;
import com.romna.workflows.plan.PlanActivities;
import com.romna.workflows.plan.PlanNote;
import com.romna.workflows.plan.Receipt;
import com.romna.workflows.plan.Transition;

public class PlanActivitiesImpl implements PlanActivities {

  private final PlanRecorder recorder;
  private final CancelFence fence;

  public PlanActivitiesImpl(PlanRecorder recorder, CancelFence fence) {
    this.recorder = recorder;
    this.fence = fence;
  }

  @Override
  public PlanStatus record(Transition transition) {
    return recorder.move(transition.planId(), transition.status(), transition.note());
  }

  @Override
  public CancelOutcome stopDelivery(Transition cancelled) {
    return fence.stop(cancelled.planId(), cancelled.note());
  }

  @Override
  public PlanStatus recordReceipt(Receipt receipt) {
    return recorder.receipt(receipt.planId(), receipt.receipt());
  }

  @Override
  public PlanStatus recordNewTime(NewTime time) {
    return recorder.newTime(time.planId(), time.scheduledFor(), time.again(), time.note(), time.paused());
  }

  @Override
  public void recordNote(PlanNote note) {
    recorder.note(note.planId(), note.note());
  }
}
