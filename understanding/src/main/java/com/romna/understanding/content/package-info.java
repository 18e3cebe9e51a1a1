/** What a reminder or message is about: the words left once intent, time and recipient are read. */
package com.romna.understanding.content;
