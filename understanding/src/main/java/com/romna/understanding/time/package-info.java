/**
 * The one time grammar (Duckling-style pieces that intersect and resolve against "now") and the product rules
 * on top of it (RequestTime, ProductTime).
 */
package com.romna.understanding.time;
