package com.romna.workflows;

import java.time.Instant;

/**
 * An edit of an email/WhatsApp draft, as the workflow hears of it: the draft's new version (the API
 * has written the new text to the plan's row) and its new time when that changed, else null. The
 * text itself never enters the workflow's history.
 */
public record DraftEdit(int version, Instant at) {}
