/** Numbers said in words or digits, ordinals and ordinal hours, in English and Arabic. */
package com.romna.understanding.numbers;
