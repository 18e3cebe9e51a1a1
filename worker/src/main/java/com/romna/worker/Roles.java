package com.romna.worker;

/**
 * The same application runs as {@code api} (HTTP API and Temporal client only), {@code worker}
 * (Temporal worker only, no business endpoints) or {@code all} (both in one JVM: the local
 * default). Chosen by {@code romna.role} / {@code ROMNA_ROLE}.
 */
public final class Roles {

  /** Spring expression: true unless this process is the API only. */
  public static final String RUNS_WORKER = "'${romna.role:all}' != 'api'";

  /** Spring expression: true when API and worker share this JVM (the local default). */
  public static final String RUNS_BOTH = "'${romna.role:all}' == 'all'";

  private Roles() {}
}
