package com.romna.understanding;

/**
 * Where prayer times are computed: coordinates, a name to say, and how it was chosen ({@code source}: "request",
 * "settings" or "zone", the principal city of the request's time zone).
 */
public record Place(String name, double latitude, double longitude, String source) {}
