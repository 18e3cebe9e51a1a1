package com.romna.workflows.series;

/** What the user does to a series: pause it, resume it, or skip its next occurrence. */
public record SeriesChange(Action action) {

  public enum Action { PAUSE, RESUME, SKIP }
}
