package com.romna.understanding;

/**
 * How a plan repeats, as an RFC 5545 recurrence rule: "every day at 8" is {@code FREQ=DAILY;BYHOUR=8;BYMINUTE=0},
 * "كل يوم جمعة الساعة ١٠" {@code FREQ=WEEKLY;BYDAY=FR;BYHOUR=10;BYMINUTE=0}, "every weekday at 6 until the end of
 * March" adds {@code UNTIL=…Z}. The interpretation's {@code scheduledFor} is the first occurrence.
 */
public record Recurrence(String rule) {}
