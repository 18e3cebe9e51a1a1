package com.romna.api.llm;

import static com.romna.api.support.FakeModel.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.FakeModel;
import com.romna.understanding.RulesInterpreter;
import com.romna.understanding.TranscriptInterpreter;
import com.romna.understanding.TranscriptInterpreter.Reader;
import com.romna.understanding.Understanding;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Off by default, with no call to any model; on, one start-up line that never shows the key. */
@ExtendWith(OutputCaptureExtension.class)
class LlmConfigurationTests {

  private final FakeModel model = new FakeModel();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(LlmConfiguration.class)
      .withBean(Understanding.class);

  @AfterEach
  void stop() {
    model.close();
  }

  private static TranscriptInterpreter.Reading laundry(TranscriptInterpreter interpreter) {
    return interpreter.interpret("ping me in 2 hours about the laundry", null, ZoneId.of("UTC"),
        Instant.parse("2026-11-25T17:00:00Z"));
  }

  @Test
  void disabledByDefaultTheRulesAnswerAndNoModelIsCalled(CapturedOutput output) {
    model.answers(answer("intent", "create_reminder", "time", "in 2 hours", "title", "the laundry"));

    runner.withPropertyValues("romna.llm.base-url=" + model.baseUrl(), "romna.llm.model=" + FakeModel.MODEL,
        "romna.llm.api-key=" + FakeModel.KEY).run(context -> {
          TranscriptInterpreter interpreter = context.getBean(TranscriptInterpreter.class);
          assertThat(interpreter).isInstanceOf(RulesInterpreter.class);
          assertThat(laundry(interpreter).by()).isEqualTo(Reader.RULES);
          assertThat(laundry(interpreter).interpretation().intent()).isNull();
          assertThat(context.getBean(LlmProperties.class).enabled()).isFalse();
        });

    assertThat(model.requests()).isEmpty();
    assertThat(output).doesNotContain("LLM");
  }

  @Test
  void enabledTheModelReadsWhatTheRulesDoNotAndStartUpSaysSoWithoutTheKey(CapturedOutput output) {
    model.answers(answer("intent", "create_reminder", "time", "in 2 hours", "title", "the laundry"));

    runner.withPropertyValues("romna.llm.enabled=true", "romna.llm.base-url=" + model.baseUrl(),
        "romna.llm.model=" + FakeModel.MODEL, "romna.llm.api-key=" + FakeModel.KEY, "romna.llm.timeout=1500ms")
        .run(context -> {
          TranscriptInterpreter interpreter = context.getBean(TranscriptInterpreter.class);
          assertThat(interpreter).isInstanceOf(LlmInterpreter.class);
          assertThat(context.getBean(LlmProperties.class).timeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(laundry(interpreter).by()).isEqualTo(Reader.LLM);
        });

    assertThat(output.getAll().lines().filter(l -> l.contains("LlmConfiguration"))).singleElement()
        .asString().contains("Understanding: rules first, then the LLM " + FakeModel.MODEL + " at "
            + model.baseUrl() + " (timeout PT1.5S)");
    assertThat(output).doesNotContain(FakeModel.KEY);
  }

  @Test
  void enabledWithoutABaseUrlOrModelStopsStartUpWithTheVariablesToSet() {
    runner.withPropertyValues("romna.llm.enabled=true", "romna.llm.model=" + FakeModel.MODEL).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessage(
          "ROMNA_LLM_BASE_URL and ROMNA_LLM_MODEL are required with ROMNA_LLM_ENABLED=true");
    });
  }

  @Test
  void theTimeoutDefaultsToThreeSeconds() {
    assertThat(new LlmProperties(false, null, null, null, null).timeout()).isEqualTo(Duration.ofSeconds(3));
  }
}
