package com.romna.worker;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Worker tuning; zero keeps the Temporal SDK's default. Measured here (DESIGN §8), raising these
 * did not drain a burst of due plans faster: the work each plan costs at its due time decides that.
 *
 * @param maxConcurrentWorkflowTasks workflow tasks executed at once
 * @param maxConcurrentLocalActivities status writes and deliveries executed at once
 * @param workflowTaskPollers pollers of the workflow task queue
 */
@ConfigurationProperties("romna.worker")
public record WorkerSettings(
    int maxConcurrentWorkflowTasks, int maxConcurrentLocalActivities, int workflowTaskPollers) {}
