package com.romna.workflows.plan;

import com.romna.workflows.delivery.ProviderReceipt;
import java.util.UUID;

/** A provider's final word on a plan's message, for the plan's record. */
public record Receipt(UUID planId, ProviderReceipt receipt) {}
