/** Amounts of time ("an hour and a half", "ربع ساعة"): units and the duration grammar. */
package com.romna.understanding.duration;
