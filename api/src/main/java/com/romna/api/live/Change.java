package com.romna.api.live;

import java.util.UUID;

/**
 * What a {@code romna_live} notice says changed: a delivery row ({@code kind = "delivery"}, {@code
 * deliveryId} set) or a plan's status ({@code kind = "plan"}, {@code status} set). Identifiers only.
 */
record Change(String kind, UUID deliveryId, UUID planId, String userId, String status) {

  static final String DELIVERY = "delivery";
  static final String PLAN = "plan";

  boolean isDelivery() {
    return DELIVERY.equals(kind);
  }
}
