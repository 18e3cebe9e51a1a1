package com.romna.activities.email;

import com.romna.activities.delivery.EmailSender;

/** For tests of other modules: the production Resend sender, talking to a {@link FakeResend}. */
public final class ResendFakes {

  private ResendFakes() {}

  /** The real sender and SDK; only the base URL differs (see {@code ResendAtFakeServer}). */
  public static EmailSender sender(FakeResend resend, String from) {
    return new ResendEmailSender(resend.client(), from);
  }
}
