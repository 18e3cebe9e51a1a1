package com.romna.api.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.romna.api.support.FakeModel.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.romna.api.support.FakeModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The model's answer is read with a cap, and what it writes is cleaned like user input. */
class ChatCompletionsTests {

  private final FakeModel model = new FakeModel();

  @AfterEach
  void stop() {
    model.close();
  }

  private String complete() {
    ChatCompletions client = new ChatCompletions(
        new LlmProperties(true, model.baseUrl(), FakeModel.MODEL, FakeModel.KEY, Duration.ofSeconds(10)));
    return client.complete("system", "user", (ObjectNode) AnswerSchema.schema());
  }

  @Test
  void aHugeAnswerIsRefusedWithoutBeingReadWhole() {
    model.responds(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"choices\":[{\"message\":{\"content\":\"" + "x".repeat(5_000_000) + "\"}}]}"));

    assertThatThrownBy(this::complete).isInstanceOf(LlmFailure.class).hasMessageContaining("larger than");
  }

  @Test
  void bidiAndInvisibleCharactersInTheAnswerAreRemoved() {
    model.answers(answer("intent", "send_email", "recipient", "bob@example.com",
        "subject", "Invoice \u202Efdp.exe\u202C", "body", "pay\u200B now\r\nplease"));

    String content = complete();

    assertThat(content).doesNotContain("\u202E", "\u202C", "\u200B", "\\r", "\\n")
        .contains("Invoice fdp.exe").contains("pay now  please");
  }
}
