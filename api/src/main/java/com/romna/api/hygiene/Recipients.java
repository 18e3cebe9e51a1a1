package com.romna.api.hygiene;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.romna.api.web.ApiException;
import com.romna.workflows.IntentType;
import com.romna.workflows.PlanPayload;
import org.springframework.http.HttpStatus;

/**
 * The last check before a message is drafted in a user's name: its recipient is something a
 * provider can deliver to, an e-mail address (RFC 5322 addr-spec) or a phone number that exists in
 * its country's numbering plan (libphonenumber), not merely something that looks like one.
 */
public final class Recipients {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private Recipients() {}

  /** A 422 unless the draft of this type has a deliverable recipient; nothing for other types. */
  public static void check(IntentType type, PlanPayload payload) {
    String to = payload == null ? null : payload.to();
    if (type == IntentType.EMAIL && !EmailAddresses.isValid(to)) {
      throw invalid(to, "an e-mail address we can send to (like \"sara@example.com\")");
    }
    if (type == IntentType.WHATSAPP && !isPhoneNumber(to)) {
      throw invalid(to, "a phone number in use (like \"+966501234567\")");
    }
  }

  /** An E.164 number ({@code +} and digits) that is valid in its country's numbering plan. */
  public static boolean isPhoneNumber(String e164) {
    if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
      return false;
    }
    try {
      return PHONES.isValidNumber(PHONES.parse(e164, null));
    } catch (NumberParseException e) {
      return false;
    }
  }

  private static ApiException invalid(String to, String expected) {
    return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-recipient", "Invalid recipient",
            "'" + to + "' is not " + expected + ". Nothing was created.")
        .with("recipient", to);
  }
}
