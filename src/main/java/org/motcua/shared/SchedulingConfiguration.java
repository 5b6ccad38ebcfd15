package org.motcua.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run when the application serves, not while it runs a command ({@code motcua.command},
 * e.g. a restore): a job writing into a database being restored would collide with the restored rows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "motcua.command", havingValue = "serve", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {}
