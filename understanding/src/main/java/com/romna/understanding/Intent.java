package com.romna.understanding;

import java.util.Arrays;

/** What the user asked for, named on the wire as the original system named it. */
public enum Intent {
  CREATE_REMINDER("create_reminder", PlanKind.REMINDER),
  CREATE_ALARM("create_alarm", PlanKind.ALARM),
  SEND_EMAIL("send_email", PlanKind.EMAIL),
  SEND_WHATSAPP("send_whatsapp", PlanKind.WHATSAPP);

  private final String wire;
  private final PlanKind kind;

  Intent(String wire, PlanKind kind) {
    this.wire = wire;
    this.kind = kind;
  }

  public String wire() {
    return wire;
  }

  /** The kind of plan this intent creates. */
  public PlanKind kind() {
    return kind;
  }

  /** The intent that creates plans of this kind. */
  public static Intent of(PlanKind kind) {
    return Arrays.stream(values()).filter(i -> i.kind == kind).findFirst().orElseThrow();
  }
}
