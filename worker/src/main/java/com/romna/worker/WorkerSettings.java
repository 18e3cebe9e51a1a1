package com.romna.worker;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Worker tuning; zero (or unset) keeps the Temporal SDK's default. Measured here, raising the
 * concurrency did not drain a burst of due plans faster: the work each plan costs at its due time
 * decides that.
 *
 * @param maxConcurrentWorkflowTasks workflow tasks executed at once
 * @param maxConcurrentLocalActivities status writes executed at once
 * @param workflowTaskPollers pollers of the workflow task queue
 * @param stickyQueueTimeout how long a workflow task waits for the worker that has the workflow
 *     cached before any worker may take it (SDK default 5 s); {@code 0s} turns stickiness off.
 *     Temporal's Java test server never hands a sticky task on, so the fault tests, which lose
 *     workers on it, turn it off to get what a real server does after the timeout.
 */
@ConfigurationProperties("romna.worker")
public record WorkerSettings(
    int maxConcurrentWorkflowTasks,
    int maxConcurrentLocalActivities,
    int workflowTaskPollers,
    Duration stickyQueueTimeout) {}
