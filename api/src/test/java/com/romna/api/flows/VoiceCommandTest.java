package com.romna.api.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.romna.api.support.Api;
import com.romna.api.support.EngineTest;
import java.util.UUID;

/** A user in Riyadh who makes plans by voice and then speaks about them. */
abstract class VoiceCommandTest extends EngineTest {

  static final String ZONE = "Asia/Riyadh";

  UUID made(String transcript) {
    Api.Response created = decide(transcript, ZONE);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    return planId(created);
  }

  Api.Response say(String transcript) {
    return decide(transcript, ZONE);
  }
}
