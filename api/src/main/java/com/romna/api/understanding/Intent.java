package com.romna.api.understanding;

import com.romna.workflows.IntentType;
import java.util.Arrays;

/** What the user asked for, named on the wire as the original system named it. */
public enum Intent {
  CREATE_REMINDER("create_reminder", IntentType.REMINDER),
  CREATE_ALARM("create_alarm", IntentType.ALARM),
  SEND_EMAIL("send_email", IntentType.EMAIL),
  SEND_WHATSAPP("send_whatsapp", IntentType.WHATSAPP);

  private final String wire;
  private final IntentType intentType;

  Intent(String wire, IntentType intentType) {
    this.wire = wire;
    this.intentType = intentType;
  }

  public String wire() {
    return wire;
  }

  public IntentType intentType() {
    return intentType;
  }

  /** The intent that creates plans of this type. */
  public static Intent of(IntentType type) {
    return Arrays.stream(values()).filter(i -> i.intentType == type).findFirst().orElseThrow();
  }
}
