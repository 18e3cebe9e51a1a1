package com.romna.api.faults;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints the fault suite's one line once every test has run (registered as a service). */
public class FaultSummary implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!FaultLedger.isEmpty()) {
      System.out.println(FaultLedger.summary());
    }
  }
}
