package com.romna.bench.understanding;

import com.romna.understanding.Interpretation;
import com.romna.understanding.Understanding;
import com.romna.bench.Transcripts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One operation = understanding one transcript of the mixed set, through the product's entry point. */
@State(Scope.Thread)
public class UnderstandingBenchmark {

  private final Understanding understanding = new Understanding();
  private final ZoneId zone = ZoneId.of(Transcripts.ZONE);
  private final Instant now = Instant.parse("2026-11-25T17:00:00Z");
  private List<String> transcripts;
  private int next;

  @Setup
  public void load() {
    transcripts = Transcripts.requests();
  }

  @Benchmark
  public Interpretation interpret() {
    String transcript = transcripts.get(next);
    next = next + 1 == transcripts.size() ? 0 : next + 1;
    return understanding.interpret(transcript, null, zone, now);
  }
}
