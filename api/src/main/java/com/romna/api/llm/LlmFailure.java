package com.romna.api.llm;

/** The model gave no usable answer; the message says why, without any transcript content. */
final class LlmFailure extends RuntimeException {

  LlmFailure(String message) {
    super(message, null, false, false);
  }
}
