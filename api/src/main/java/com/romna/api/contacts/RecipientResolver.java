package com.romna.api.contacts;

import com.romna.api.settings.DefaultCountry;
import com.romna.api.web.ApiException;
import com.romna.understanding.Intent;
import com.romna.understanding.Interpretation;
import com.romna.understanding.recipients.PhoneNumbers;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns the recipient a user said into one a provider can deliver to: a contact's name into that
 * contact's e-mail address (send_email) or number (send_whatsapp), and a national number into E.164
 * with the user's default country code. Only the caller's own contacts are ever looked at.
 */
@Component
public class RecipientResolver {

  private final ContactStore contacts;
  private final DefaultCountry countries;

  RecipientResolver(ContactStore contacts, DefaultCountry countries) {
    this.contacts = contacts;
    this.countries = countries;
  }

  /** The interpretation with its recipient made deliverable, or why it cannot be (a 422 to throw or show). */
  public record Resolved(Interpretation interpretation, ApiException problem) {
    public Interpretation orThrow() {
      if (problem != null) {
        throw problem;
      }
      return interpretation;
    }
  }

  /** @param zone the request's time zone, which suggests the country when the user has set none */
  public Resolved resolve(String userId, Interpretation in, ZoneId zone) {
    boolean email = in.intent() == Intent.SEND_EMAIL;
    if ((!email && in.intent() != Intent.SEND_WHATSAPP) || in.content() == null) {
      return new Resolved(in, null);
    }
    String to = in.recipient();
    if (to == null && in.recipientName() != null) {
      return byName(userId, in, email);
    }
    if (!email && to != null && !to.startsWith("+")) {
      PhoneNumbers.Result r = PhoneNumbers.e164(to, () -> countries.of(userId, zone));
      if (r.failure() == PhoneNumbers.Failure.NEEDS_COUNTRY_CODE) {
        return new Resolved(in, needsCountryCode(to));
      }
      if (r.failure() != null) {
        return new Resolved(in, new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-recipient",
            "Invalid recipient", "'" + to + "' is not a phone number WhatsApp can reach. Nothing was created."));
      }
      return new Resolved(in.withRecipient(r.e164()), null);
    }
    return new Resolved(in, null);
  }

  private Resolved byName(String userId, Interpretation in, boolean email) {
    String found = lookUp(userId, in.recipientName(), email);
    return found != null ? new Resolved(in.withRecipient(found), null)
        : new Resolved(in, notFound(in.recipientName(), email));
  }

  /**
   * A recipient typed into an edited draft, made deliverable as intake does: an address or number
   * as given (a national number with the user's country code), anything else as a contact's name.
   *
   * @throws ApiException 422 {@code recipient-not-found}, {@code country-code-required} or {@code
   *     invalid-recipient}, as at intake
   */
  public String deliverable(String userId, boolean email, String said, ZoneId zone) {
    boolean address = email ? said.contains("@") : said.matches("[+0-9٠-٩ ()\\-]+");
    if (!address) {
      String found = lookUp(userId, said, email);
      if (found == null) {
        throw notFound(said, email);
      }
      return found;
    }
    if (email || said.startsWith("+")) {
      return said;
    }
    PhoneNumbers.Result r = PhoneNumbers.e164(said, () -> countries.of(userId, zone));
    if (r.failure() == PhoneNumbers.Failure.NEEDS_COUNTRY_CODE) {
      throw needsCountryCode(said);
    }
    if (r.failure() != null) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-recipient", "Invalid recipient",
          "'" + said + "' is not a phone number WhatsApp can reach. Nothing was changed.");
    }
    return r.e164();
  }

  private String lookUp(String userId, String name, boolean email) {
    List<String> keys = ContactNames.candidates(name);
    Function<Contact, String> address = email ? Contact::email : Contact::phoneE164;
    return contacts.withKeys(userId, keys).stream()
        .filter(k -> address.apply(k.contact()) != null)
        .min(Comparator.comparingInt(k -> keys.indexOf(k.key())))
        .map(k -> address.apply(k.contact()))
        .orElse(null);
  }

  private static ApiException notFound(String name, boolean email) {
    String what = email ? "an e-mail address" : "a phone number";
    return new ApiException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "recipient-not-found",
            "Recipient not found",
            "No contact named '" + name + "' with " + what + ". Add them with POST /api/contacts or say the "
                + (email ? "address" : "number") + ". Nothing was created.")
        .with("recipient", name);
  }

  static ApiException needsCountryCode(String number) {
    return new ApiException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "country-code-required",
            "Country code required",
            "'" + number + "' is a local number and your country is not known: include the country code"
                + " (like +966…), or set defaultCountryCode with PUT /api/settings.")
        .with("number", number);
  }
}
