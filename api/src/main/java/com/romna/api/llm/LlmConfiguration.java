package com.romna.api.llm;

import com.romna.understanding.RulesInterpreter;
import com.romna.understanding.TranscriptInterpreter;
import com.romna.understanding.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules alone by default; the LLM in front of them only with {@code romna.llm.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

  @Bean
  TranscriptInterpreter transcriptInterpreter(Understanding understanding, LlmProperties llm) {
    if (!llm.enabled()) {
      return new RulesInterpreter(understanding);
    }
    log.info("Understanding: rules first, then the LLM {} at {} (timeout {}) for transcripts they do not understand",
        llm.model(), llm.safeBaseUrl(), llm.timeout());
    return new LlmInterpreter(understanding, new ChatCompletions(llm));
  }
}
