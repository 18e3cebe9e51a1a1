package com.romna.api.devices;

import java.time.Instant;

/** One app install the user receives reminders and alarms on (an FCM registration token). */
record Device(String token, String userId, String platform, Instant createdAt, Instant updatedAt) {}
