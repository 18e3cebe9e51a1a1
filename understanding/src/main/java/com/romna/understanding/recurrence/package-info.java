/** Repetition ("every day at 8", "كل يوم جمعة") read as an RFC 5545 RRULE. */
package com.romna.understanding.recurrence;
