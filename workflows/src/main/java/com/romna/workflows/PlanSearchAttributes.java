package com.romna.workflows;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom search attributes ops use to find plans in the Temporal Web UI, e.g. {@code
 * RomnaPlanStatus = 'waiting_approval' AND RomnaScheduledFor < '2026-12-01T00:00:00Z'}. Ids, kinds
 * and times only: no personal content (message text, addresses) ever goes into them.
 */
public final class PlanSearchAttributes {

  public static final SearchAttributeKey<String> USER_ID = SearchAttributeKey.forKeyword("RomnaUserId");
  public static final SearchAttributeKey<String> INTENT = SearchAttributeKey.forKeyword("RomnaIntent");
  public static final SearchAttributeKey<String> STATUS =
      SearchAttributeKey.forKeyword("RomnaPlanStatus");
  public static final SearchAttributeKey<OffsetDateTime> SCHEDULED_FOR =
      SearchAttributeKey.forOffsetDateTime("RomnaScheduledFor");

  /** Every key, for registering them with a Temporal server. */
  public static final List<SearchAttributeKey<?>> ALL =
      List.of(USER_ID, INTENT, STATUS, SCHEDULED_FOR);

  private PlanSearchAttributes() {}

  /** Name → type, as a Temporal server needs them registered ({@code operator search-attribute create}). */
  public static Map<String, IndexedValueType> indexedTypes() {
    Map<String, IndexedValueType> types = new LinkedHashMap<>();
    for (SearchAttributeKey<?> key : ALL) {
      types.put(key.getName(), key.getValueType());
    }
    return types;
  }

  /** What a plan's workflow starts with; the workflow upserts the status on every transition. */
  public static SearchAttributes atStart(ExecutionInput input) {
    return SearchAttributes.newBuilder()
        .set(USER_ID, input.userId())
        .set(INTENT, input.intentType().wire())
        .set(STATUS, PlanStatus.PENDING.wire())
        .set(SCHEDULED_FOR, input.scheduledFor().atOffset(ZoneOffset.UTC))
        .build();
  }
}
