/**
 * Transcript understanding, English and Arabic (MSA, Gulf, Levantine, Egyptian). Rule-based, deterministic,
 * no I/O; its own vocabulary (intent, plan kind, content, recipient, recurrence, command, reply), which the api
 * maps to plan payloads. This package holds that vocabulary and the entry points; the work is done in
 * sub-packages by concern: {@code text} (normalising, tokens, word look-ups), {@code numbers}, {@code duration},
 * {@code time} (the one grammar), {@code holidays}, {@code prayer}, {@code intents}, {@code recipients},
 * {@code content}, {@code recurrence} and {@code reply}.
 *
 * <ul>
 *   <li>{@link com.romna.understanding.Understanding}: intent ({@code IntentDetector}), a command or question
 *       about existing plans ({@code PlanCommands}), the time ({@code RequestTime}), recurrence
 *       ({@code RecurrenceReading}), recipient and content, and the reply ({@code Replies}).</li>
 *   <li>One time grammar: {@code RequestTime} reads a request with the Duckling-style grammar
 *       ({@code TimeGrammar}: tokens ({@code TimeTokens}) become pieces ({@code *Grammar}) that intersect
 *       ({@code TimeCombiner}) and resolve against "now" ({@code TermResolver}, {@code FieldSearch})), and
 *       {@code ProductTime} applies the product's rules (never in the past, a day alone at 09:00, parts of the
 *       day at their usual hour). {@link com.romna.understanding.TimeExpressions} and
 *       {@link com.romna.understanding.Durations} expose the grammar alone, with Duckling's semantics.</li>
 *   <li>Prayer-relative times ({@code PrayerGrammar}, {@code Prayers}) computed by the adhan library
 *       ({@code PrayerTimes}, method by country) at a {@link com.romna.understanding.Place}
 *       ({@code Places}: the principal city of a zone when the user gave none).</li>
 *   <li>Holidays ({@code HolidayGrammar}, names in {@code Holidays}): rules ({@code Holiday}, {@code DateRule})
 *       on the Gregorian and Hijri ({@code HijriCalendar}, Umm al-Qura) calendars, with Easter by the computus
 *       ({@code Easter}); holidays of other calendars are known by name only ({@code UnreadHolidays}), to be
 *       refused.</li>
 *   <li>{@link com.romna.understanding.TranscriptInterpreter}: what the voice endpoints call; the rules
 *       ({@link com.romna.understanding.RulesInterpreter}) by default. {@link
 *       com.romna.understanding.ExtractionCheck} is the rules' post-check of another reader's
 *       {@link com.romna.understanding.Extraction} (the optional LLM in the api).</li>
 * </ul>
 */
package com.romna.understanding;
