/** Who a message goes to: e-mail addresses, phone numbers and names said in the transcript. */
package com.romna.understanding.recipients;
