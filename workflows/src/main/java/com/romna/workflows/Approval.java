package com.romna.workflows;

/** An approval of the draft version the user saw. */
public record Approval(int version) {}
