/**
 * Text as the grammars see it: normalised (Arabic letter forms folded, Arabic-Indic digits read), tokens, the
 * facts worked out once per token, and word look-ups (lexicons, phrases).
 */
package com.romna.understanding.text;
