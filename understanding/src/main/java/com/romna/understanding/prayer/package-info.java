/**
 * Prayer times computed by the adhan library, method by country, at the user's place or the principal city of
 * the zone.
 */
package com.romna.understanding.prayer;
