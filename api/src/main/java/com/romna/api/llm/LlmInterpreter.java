package com.romna.api.llm;

import com.romna.understanding.Extraction;
import com.romna.understanding.ExtractionCheck;
import com.romna.understanding.Interpretation;
import com.romna.understanding.Place;
import com.romna.understanding.TranscriptInterpreter;
import com.romna.understanding.Understanding;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules first, the model second. The rules take ~35 µs and are deterministic, so whatever they fully
 * understand (or recognise as a command about existing plans) is answered by them without a call. Only
 * the rest goes to the model, whose reading is kept only when it passes the rules' post-check; on a
 * timeout, an error, a malformed or rejected answer, the rules' own (incomplete) reading stands.
 */
final class LlmInterpreter implements TranscriptInterpreter {

  private static final Logger log = LoggerFactory.getLogger(LlmInterpreter.class);

  private final Understanding rules;
  private final ChatCompletions model;

  LlmInterpreter(Understanding rules, ChatCompletions model) {
    this.rules = rules;
    this.model = model;
  }

  @Override
  public Reading interpret(String transcript, String localeHint, ZoneId zone, Instant now, Place location) {
    Interpretation byRules = rules.interpret(transcript, localeHint, zone, now, location);
    if (byRules.understood() || byRules.command() != null) {
      return new Reading(byRules, Reader.RULES);
    }
    try {
      Extraction answer = AnswerSchema.read(
          model.complete(Prompt.SYSTEM, Prompt.user(transcript), AnswerSchema.schema()));
      ExtractionCheck.Checked checked = ExtractionCheck.check(answer, transcript, localeHint, zone, now);
      if (checked.accepted()) {
        return new Reading(checked.interpretation(), Reader.LLM);
      }
      log.info("LLM reading rejected by the rules' post-check ({}); the rules' reading stands", checked.rejection());
    } catch (LlmFailure e) {
      log.warn("LLM reading unavailable ({}); the rules' reading stands", e.getMessage());
    } catch (RuntimeException e) { // whatever goes wrong with the model, the rules still answer
      log.warn("LLM reading failed; the rules' reading stands", e);
    }
    return new Reading(byRules, Reader.RULES);
  }
}
