package com.romna.api.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Temporal SDK tags its request metrics with {@code update_name} only on update calls, while
 * Prometheus needs one set of tag keys per metric name: the first update (a decide) then failed to
 * register its meter, with a warning. Dropping that tag keeps one shape; the operation tag still
 * tells update calls apart.
 */
@Component
class TemporalMeterTags implements MeterFilter {

  private static final String UPDATE_NAME = "update_name";

  @Override
  public Meter.Id map(Meter.Id id) {
    if (!id.getName().startsWith("temporal") || id.getTag(UPDATE_NAME) == null) {
      return id;
    }
    List<Tag> tags = id.getTags().stream().filter(t -> !UPDATE_NAME.equals(t.getKey())).toList();
    return id.replaceTags(tags);
  }
}
