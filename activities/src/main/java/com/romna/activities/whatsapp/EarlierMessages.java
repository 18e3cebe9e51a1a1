package com.romna.activities.whatsapp;

import com.twilio.base.Page;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Finds the message an earlier attempt left with Twilio, which has no idempotency key: the newest
 * messages from our sender to the recipient since the attempt began, matched by their text. A
 * message that failed is ignored: it never reached the recipient, so sending again is no duplicate.
 */
final class EarlierMessages {

  // Twilio's clock and ours differ a little, and "since" is when our attempt was claimed.
  private static final Duration MARGIN = Duration.ofMinutes(2);
  // One page is plenty: these are one recipient's messages from one sender over a few hours.
  private static final long PAGE_SIZE = 50;

  private final TwilioRestClient client;
  private final String from;
  private final boolean template;

  EarlierMessages(TwilioRestClient client, String from, boolean template) {
    this.client = client;
    this.from = from;
    this.template = template;
  }

  Optional<Message> find(String recipient, String text, Instant since) {
    ZonedDateTime after = since.minus(MARGIN).atZone(ZoneOffset.UTC);
    Page<Message> page =
        Message.reader()
            .setTo(recipient)
            .setFrom(from)
            .setDateSentAfter(after)
            .setPageSize(PAGE_SIZE)
            .firstPage(client);
    return page.getRecords().stream().filter(m -> matches(m, text, after)).findFirst();
  }

  private boolean matches(Message message, String text, ZonedDateTime after) {
    if (message.getStatus() != null
        && TwilioStatus.NOT_DELIVERED.contains(TwilioStatus.ledger(message.getStatus().toString()))) {
      return false;
    }
    if (message.getDateCreated() != null && message.getDateCreated().isBefore(after)) {
      return false;
    }
    String body = message.getBody() == null ? "" : message.getBody().strip();
    // A template's body is the rendered template: the message is its variable, somewhere inside.
    return template ? body.contains(text.strip()) : body.equals(text.strip());
  }
}
