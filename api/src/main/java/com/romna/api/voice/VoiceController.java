package com.romna.api.voice;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.contacts.RecipientResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import java.time.Clock;

@ApiRole
@RestController
@RequestMapping("/api/voice")
class VoiceController {

  private final DecideService decide;
  private final Interpreting interpreting;
  private final RecipientResolver recipients;
  private final Clock clock;

  VoiceController(
      DecideService decide, Interpreting interpreting, RecipientResolver recipients, Clock clock) {
    this.decide = decide;
    this.interpreting = interpreting;
    this.recipients = recipients;
    this.clock = clock;
  }

  /**
   * Understands the transcript, creates the plan and starts its workflow; or acts on the caller's
   * existing plan the transcript is about (cancel, snooze, move, list).
   */
  @PostMapping("/decide")
  ResponseEntity<VoiceResponses.Decided> decide(
      Caller caller,
      @RequestBody VoiceRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    String userId = caller.actingAs(request.userId());
    VoiceResponses.Decided decided = decide.decide(userId, request, idempotencyKey);
    // A command on existing plans creates nothing.
    return ResponseEntity.status(decided.command() != null ? HttpStatus.OK : HttpStatus.CREATED).body(decided);
  }

  /**
   * What the transcript means, at {@code now} if given; creates and changes nothing. A contact's name
   * or a local number shows as the address it resolves to, or with the reason it does not resolve.
   */
  @PostMapping("/interpret")
  VoiceResponses.Interpreted interpret(Caller caller, @RequestBody VoiceRequest request) {
    String userId = caller.actingAs(request.userId());
    Interpreting.Understood understood =
        interpreting.interpret(userId, request, Interpreting.instant(request.now(), clock.instant()));
    RecipientResolver.Resolved resolved =
        recipients.resolve(userId, understood.interpretation(), understood.zone());
    return VoiceResponses.Interpreted.of(understood, resolved.interpretation(),
        resolved.problem() == null ? null : resolved.problem().getMessage());
  }
}
