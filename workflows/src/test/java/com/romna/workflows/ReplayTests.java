package com.romna.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plans sleep for days: every released version of the workflow must still replay the histories
 * recorded by earlier ones (change the code with Workflow.getVersion, never in place).
 */
class ReplayTests {

  @Test
  void everyRecordedHistoryReplaysOnTheCurrentWorkflow() throws Exception {
    List<Path> histories = histories();
    assertThat(histories).hasSizeGreaterThanOrEqualTo(9);
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      // Replay checks determinism, not speed: a loaded build machine may hold a workflow thread
      // past the SDK's 1 s deadlock detection.
      Worker worker = env.newWorker("replay", WorkerOptions.newBuilder()
          .setDefaultDeadlockDetectionTimeout(Duration.ofSeconds(30).toMillis()).build());
      worker.registerWorkflowImplementationTypes(ExecutionWorkflowImpl.class);
      for (Path history : histories) {
        WorkflowReplayer.replayWorkflowExecution(
            WorkflowExecutionHistory.fromJson(Files.readString(history)), worker);
      }
    }
  }

  private static List<Path> histories() throws IOException, URISyntaxException {
    Path folder = Path.of(ReplayTests.class.getResource("/histories").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
