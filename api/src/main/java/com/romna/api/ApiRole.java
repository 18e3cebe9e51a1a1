package com.romna.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Marks what only the api role serves (business endpoints, plan re-drive): a process started with
 * {@code ROMNA_ROLE=worker} runs the Temporal worker and exposes nothing but actuator endpoints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${romna.role:all}' != 'worker'")
public @interface ApiRole {}
