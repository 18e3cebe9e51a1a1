package com.romna.api.contacts;

import com.romna.api.ApiRole;
import com.romna.api.auth.Caller;
import com.romna.api.hygiene.EmailAddresses;
import com.romna.api.hygiene.Recipients;
import com.romna.api.settings.DefaultCountry;
import com.romna.api.web.ApiException;
import com.romna.api.web.TimeZones;
import com.romna.understanding.recipients.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's contacts: whom "email Sara" or "واتساب لأحمد" reaches. Another user's contact is a 404. */
@ApiRole
@RestController
@RequestMapping("/api/contacts")
class ContactController {

  private static final int MAX_NAME = 100;
  private static final int MAX_EMAIL = 254;

  private final ContactStore store;
  private final DefaultCountry countries;
  private final Clock clock;

  ContactController(ContactStore store, DefaultCountry countries, Clock clock) {
    this.store = store;
    this.countries = countries;
    this.clock = clock;
  }

  /** @param timezone the caller's IANA zone; it suggests the country of a local number when none is set */
  record ContactRequest(String name, String email, String phone, String userId, String timezone) {}

  record ContactView(UUID id, String name, String email, String phone, Instant createdAt) {
    static ContactView of(Contact c) {
      return new ContactView(c.id(), c.name(), c.email(), c.phoneE164(), c.createdAt());
    }
  }

  record ContactList(List<ContactView> contacts) {}

  @PostMapping
  ResponseEntity<ContactView> create(Caller caller, @RequestBody ContactRequest request) {
    String user = caller.actingAs(request.userId());
    String name = name(request.name());
    String email = email(request.email());
    String phone = request.phone() == null || request.phone().isBlank() ? null
        : phone(request.phone(), user, zone(request.timezone()));
    if (email == null && phone == null) {
      throw ApiException.badRequest(
          "contact-unreachable", "A contact needs an 'email' or a 'phone' (or both).");
    }
    Contact contact = new Contact(
        UUID.randomUUID(), user, name, email, phone, clock.instant().truncatedTo(ChronoUnit.MICROS));
    if (!store.insert(contact)) {
      String existing = store.named(user, name).map(Contact::name).orElse(name);
      throw new ApiException(
              HttpStatus.CONFLICT,
              "contact-exists",
              "Contact exists",
              "You already have a contact named '" + existing + "'; delete it first to replace it.")
          .with("name", existing);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(ContactView.of(contact));
  }

  @GetMapping
  ContactList list(Caller caller, @RequestParam(required = false) String userId) {
    return new ContactList(store.list(caller.actingAs(userId)).stream().map(ContactView::of).toList());
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      Caller caller, @PathVariable UUID id, @RequestParam(required = false) String userId) {
    if (!store.delete(caller.actingAs(userId), id)) {
      throw ApiException.notFound("You have no contact with this id.");
    }
    return ResponseEntity.noContent().build();
  }

  private static String name(String name) {
    if (name == null || ContactNames.key(name).isEmpty()) {
      throw ApiException.badRequest("invalid-name", "'name' is required and must contain a letter or digit.");
    }
    if (name.strip().length() > MAX_NAME) {
      throw ApiException.badRequest("invalid-name", "'name' is longer than " + MAX_NAME + " characters.");
    }
    return name.strip();
  }

  private static String email(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String e = email.strip();
    if (e.length() > MAX_EMAIL || !EmailAddresses.isValid(e)) {
      throw ApiException.badRequest("invalid-email", "'" + e + "' is not an e-mail address like \"sara@example.com\".");
    }
    return e;
  }

  private String phone(String phone, String user, ZoneId zone) {
    PhoneNumbers.Result r = PhoneNumbers.e164(phone, () -> countries.of(user, zone));
    if (r.failure() == PhoneNumbers.Failure.NEEDS_COUNTRY_CODE) {
      throw RecipientResolver.needsCountryCode(phone.strip());
    }
    if (r.failure() != null || !Recipients.isPhoneNumber(r.e164())) {
      throw ApiException.badRequest(
          "invalid-phone", "'" + phone.strip() + "' is not a phone number like \"+966501234567\" or \"0501234567\".");
    }
    return r.e164();
  }

  private static ZoneId zone(String timezone) {
    return TimeZones.parse(timezone, null);
  }
}
