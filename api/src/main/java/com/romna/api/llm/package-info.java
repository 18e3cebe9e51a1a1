/**
 * The optional LLM reading of transcripts (off by default): an OpenAI-compatible chat-completions
 * client (OpenAI, GLM, vLLM, Ollama: base URL + model + key) on a plain Spring {@code RestClient}.
 *
 * <p>How it combines with the rules ({@link com.romna.api.llm.LlmInterpreter}): the rules answer first;
 * only a transcript they do not understand goes to the model; the model's answer must match our strict
 * schema ({@link com.romna.api.llm.AnswerSchema}) and pass the rules' post-check
 * ({@link com.romna.understanding.ExtractionCheck}: time re-resolved by our grammar, recipient taken
 * from the transcript). Anything else (timeout, HTTP error, malformed or rejected answer) leaves the
 * rules' reading in place. The transcript is untrusted: it only ever goes in the user message
 * ({@link com.romna.api.llm.Prompt}), and approval is decided by intent type in code, never by the model.
 */
package com.romna.api.llm;
