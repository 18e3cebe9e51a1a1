package com.romna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.bench.load.Latencies;
import com.romna.bench.service.Prometheus;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MeasuresTests {

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies(IntStream.rangeClosed(1, 200).mapToDouble(i -> 201 - i).toArray());
    assertThat(l.p50()).isEqualTo(100);
    assertThat(l.p99()).isEqualTo(198);
    assertThat(l.max()).isEqualTo(200);
    assertThat(l.min()).isEqualTo(1);
    assertThat(new Latencies(new double[] {7}).p99()).isEqualTo(7);
  }

  @Test
  void timerMeansComeFromTheDifferenceOfTwoScrapes() {
    String before = """
        # TYPE http_server_requests_seconds summary
        http_server_requests_seconds_count{method="POST",status="201",uri="/api/voice/decide"} 10
        http_server_requests_seconds_sum{method="POST",status="201",uri="/api/voice/decide"} 1.0
        http_server_requests_seconds_count{method="POST",status="200",uri="/api/voice/interpret"} 5
        """;
    String after = """
        http_server_requests_seconds_count{method="POST",status="201",uri="/api/voice/decide"} 30
        http_server_requests_seconds_sum{method="POST",status="201",uri="/api/voice/decide"} 2.0
        http_server_requests_seconds_count{method="POST",status="200",uri="/api/voice/interpret"} 500
        """;
    Map<String, String> decide = Map.of("uri", "/api/voice/decide");
    assertThat(Prometheus.meanMillis(before, after, "http_server_requests_seconds", decide)).isEqualTo(50.0);
    assertThat(Prometheus.meanMillis(before, before, "http_server_requests_seconds", decide)).isNaN();
  }
}
