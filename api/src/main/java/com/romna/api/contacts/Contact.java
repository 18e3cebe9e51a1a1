package com.romna.api.contacts;

import java.time.Instant;
import java.util.UUID;

/** Someone the user names in requests, with at least one of an e-mail address and an E.164 number. */
record Contact(UUID id, String userId, String name, String email, String phoneE164, Instant createdAt) {}
