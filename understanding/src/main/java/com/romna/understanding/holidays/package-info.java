/**
 * Holidays as date rules on the Gregorian and Hijri (Umm al-Qura) calendars; names of other calendars'
 * holidays known only to be refused.
 */
package com.romna.understanding.holidays;
