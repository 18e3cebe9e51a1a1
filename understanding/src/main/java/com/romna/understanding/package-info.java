/**
 * Transcript understanding, English and Arabic (MSA, Gulf, Levantine, Egyptian). Rule-based, deterministic,
 * no I/O.
 *
 * <ul>
 *   <li>{@link com.romna.understanding.Understanding}: intent, time, recipient and content of a request,
 *       or a {@link com.romna.understanding.PlanCommand} about existing plans. Its first time pass
 *       ({@code TimeExpressionParser}) reads delays, clock times, today/tomorrow and parts of the day;
 *       {@code CalendarFinder} hands the words left over to the time grammar for dates, weekdays, months
 *       and the like, and {@code ProductTime} applies the product's rules (a day alone is at 09:00, a
 *       time already past is its next occurrence).</li>
 *   <li>{@link com.romna.understanding.TimeExpressions} and {@link com.romna.understanding.Durations}:
 *       the time grammar on its own, with Duckling's semantics so it can be scored on Duckling's corpora.
 *       Tokens ({@code TimeTokens}) become pieces ({@code *Grammar}), pieces intersect
 *       ({@code TimeCombiner}) and resolve against "now" ({@code TermResolver}, {@code FieldSearch}).</li>
 *   <li>Holidays ({@code HolidayGrammar}, names in {@code Holidays}): rules ({@code Holiday}, {@code DateRule})
 *       on the Gregorian, Hijri ({@code HijriCalendar}, Umm al-Qura), Hebrew ({@code HebrewCalendar}) and
 *       Chinese ({@code ChineseCalendar}) calendars, with Easter by the computus ({@code Easter}). A moving
 *       holiday is a {@code Term.Occasion}; {@code Occasions} picks the occurrence other pieces point at, and
 *       {@code HolidayCues} tells, inside a request, a holiday meant as the time from one in the title.</li>
 *   <li>{@link com.romna.understanding.TranscriptInterpreter}: what the voice endpoints call; the rules
 *       ({@link com.romna.understanding.RulesInterpreter}) by default. {@link
 *       com.romna.understanding.ExtractionCheck} is the rules' post-check of another reader's
 *       {@link com.romna.understanding.Extraction} (the optional LLM in {@code com.romna.api.llm}).</li>
 * </ul>
 */
package com.romna.understanding;
