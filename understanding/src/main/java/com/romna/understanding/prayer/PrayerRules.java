package com.romna.understanding.prayer;

import com.romna.understanding.Place;

/**
 * How a request's prayer names become times: computed at {@code place}; "after <prayer>" is {@code afterMinutes}
 * later (20 by default: the prayer itself takes that long), "before <prayer>" without an amount
 * {@code beforeMinutes} earlier (15).
 */
public record PrayerRules(Place place, int afterMinutes, int beforeMinutes) {}
