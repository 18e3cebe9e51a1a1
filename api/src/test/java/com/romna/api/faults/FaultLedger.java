package com.romna.api.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fault scenarios found, for the one summary line: a plan is lost when it did not reach
 * the end state it had to (or vanished), a send is duplicate when a provider created a plan's
 * message more than once.
 */
final class FaultLedger {

  record Scenario(String name, int plansLost, int duplicateSends) {}

  private static final List<Scenario> SCENARIOS = new CopyOnWriteArrayList<>();

  private FaultLedger() {}

  /** Records a scenario; a scenario that lost a plan or sent twice also fails its test. */
  static void record(String name, int plansLost, int duplicateSends) {
    SCENARIOS.add(new Scenario(name, plansLost, duplicateSends));
    if (plansLost > 0 || duplicateSends > 0) {
      throw new AssertionError(name + ": " + plansLost + " plan(s) lost, " + duplicateSends
          + " duplicate send(s)");
    }
  }

  /** 1 when the plan's status is not the one it had to end in. */
  static int lost(String status, String expected) {
    return expected.equals(status) ? 0 : 1;
  }

  /** Messages a provider created beyond the one the plan allows. */
  static int duplicates(long messagesCreated) {
    return (int) Math.max(0, messagesCreated - 1);
  }

  static String summary() {
    return "faults: " + SCENARIOS.size() + " scenarios, plans lost: "
        + SCENARIOS.stream().mapToInt(Scenario::plansLost).sum() + ", duplicate sends: "
        + SCENARIOS.stream().mapToInt(Scenario::duplicateSends).sum();
  }

  static boolean isEmpty() {
    return SCENARIOS.isEmpty();
  }
}
