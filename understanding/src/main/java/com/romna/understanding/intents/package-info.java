/**
 * What a request asks for: the create intents, commands on existing plans, and questions that create nothing.
 */
package com.romna.understanding.intents;
