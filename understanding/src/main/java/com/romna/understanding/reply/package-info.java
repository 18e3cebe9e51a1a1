/** The short confirmation spoken back, in the user's language and digits. */
package com.romna.understanding.reply;
