package com.romna.understanding;

/**
 * A spoken duration: {@code value} of {@code unit} ("2 years and 3 months" is 27 months) and its
 * length in {@code seconds}, with months of 30 days and years of 365 as Duckling normalises them.
 */
public record DurationValue(double value, Grain unit, long seconds) {}
