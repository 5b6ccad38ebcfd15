package org.motcua.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one node at a time, however many nodes share the database. Every
 * {@code @Scheduled} method also carries ShedLock's {@code @SchedulerLock} with a name of its own,
 * {@code module.job}:
 *
 * <pre>{@code
 * @Scheduled(cron = "0 0 16 * * FRI", zone = "Asia/Ho_Chi_Minh")
 * @SchedulerLock(name = "statistics.friday-report", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
 * public void fridayReport() { … }
 * }</pre>
 *
 * A node runs the method only if it can take the job's row in {@code shared.job_lock}; the others skip
 * that run. The method must return {@code void}. {@code lockAtMostFor} frees the job when a node dies in
 * the middle of it; {@code lockAtLeastFor} keeps a job that finished quickly from running again on a node
 * whose clock is a little late (give it to every cron job). Lock times are the database server's.
 * {@code SchedulerLockTests} fails for a {@code @Scheduled} method without a lock; docs/scaling.md.
 *
 * <p>The lock is taken around everything else ({@code @Transactional} included), so a job's transaction
 * has committed before another node may start the same job.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
class JobLockConfiguration {

    static final String TABLE = "shared.job_lock";

    @Bean
    LockProvider jobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
