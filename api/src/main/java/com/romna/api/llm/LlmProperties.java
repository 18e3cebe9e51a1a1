package com.romna.api.llm;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled off by default: the rules alone understand transcripts
 * @param baseUrl the OpenAI-compatible API root, up to and including its version
 *     (https://api.openai.com/v1, https://open.bigmodel.cn/api/paas/v4, http://localhost:11434/v1);
 *     {@code /chat/completions} is appended
 * @param apiKey sent as a bearer token; may be blank for local servers (Ollama, vLLM)
 * @param timeout how long one transcript may wait for the model before the rules' reading stands
 */
@ConfigurationProperties("romna.llm")
public record LlmProperties(boolean enabled, String baseUrl, String model, String apiKey, Duration timeout) {

  public LlmProperties {
    baseUrl = blankToNull(baseUrl);
    model = blankToNull(model);
    apiKey = blankToNull(apiKey);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      timeout = Duration.ofSeconds(3);
    }
    if (enabled && (baseUrl == null || model == null)) {
      throw new IllegalArgumentException("ROMNA_LLM_BASE_URL and ROMNA_LLM_MODEL are required with ROMNA_LLM_ENABLED=true");
    }
    if (baseUrl != null) {
      URI uri = URI.create(baseUrl);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("ROMNA_LLM_BASE_URL must be an http(s) URL like https://api.openai.com/v1");
      }
      baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
  }

  /** The base URL without credentials or query, fit for a log line. */
  String safeBaseUrl() {
    URI uri = URI.create(baseUrl);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
