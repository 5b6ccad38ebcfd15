package org.motcua.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an officer out. Wrong passwords are counted per
 * typed user name (known or not, so the answers tell nobody which names exist) and per client address.
 * Past a free allowance ({@code motcua.security.max-failed-logins} per name, {@code
 * address-failed-logins} per address) each further failure makes that name or address wait before its
 * next try: {@code first-delay}, then twice as long each time, at most {@code lockout-duration}. While it
 * waits, a sign-in is refused without looking at the password; sessions and API tokens already issued
 * keep working. Failures older than an hour no longer count; a successful sign-in forgets its name's.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentitySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code manager}, with sign-ins counted and throttled. */
    AuthenticationManager around(AuthenticationManager manager) {
        return attempt -> {
            String account = account(attempt.getName());
            Optional<String> address = address(attempt);
            Instant now = clock.instant();
            Optional<Instant> waitUntil = blockedUntil(account, address, now);
            if (waitUntil.isPresent()) {
                throw new SignInThrottledException(waitUntil.get());
            }
            try {
                Authentication result = manager.authenticate(attempt);
                forget(jdbc, attempt.getName());
                return result;
            } catch (BadCredentialsException e) {
                failed(account, settings.maxFailedLogins(), now);
                address.ifPresent(a -> failed(a, settings.addressFailedLogins(), now));
                throw e;
            }
        };
    }

    private Optional<Instant> blockedUntil(String account, Optional<String> address, Instant now) {
        List<String> subjects = address.map(a -> List.of(account, a)).orElse(List.of(account));
        return jdbc.sql("""
                        select max(blocked_until) from identity.sign_in_failure
                         where subject in (:subjects) and blocked_until > :now
                        """)
                .param("subjects", subjects)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** Counts a failure (one atomic statement, so parallel tries all count) and sets the wait it earns. */
    private void failed(String subject, int free, Instant now) {
        int failures = jdbc.sql("""
                        insert into identity.sign_in_failure as f (subject, failures, last_failure_at)
                        values (:s, 1, :now)
                        on conflict (subject) do update
                           set failures = case when f.last_failure_at < :windowStart then 1 else f.failures + 1 end,
                               last_failure_at = :now
                        returning failures
                        """)
                .param("s", subject)
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(WINDOW)))
                .query(Integer.class)
                .single();
        if (failures > free) {
            Duration wait = delay(failures - free);
            jdbc.sql("update identity.sign_in_failure set blocked_until = :until where subject = :s")
                    .param("until", Timestamp.from(now.plus(wait)))
                    .param("s", subject)
                    .update();
            if (failures == free + 1) {
                log.warn("Sign-in slowed down for {} after {} failures", subject.split(":")[0], failures);
            }
        }
    }

    /** The wait after the {@code n}th failure beyond the allowance: first-delay, doubled each time, capped. */
    Duration delay(int n) {
        Duration longest = settings.lockoutDuration();
        Duration wait = settings.firstDelay();
        for (int i = 1; i < n && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** Rows of failures long past: a day after the last one, nothing is kept. */
    @Scheduled(cron = "0 15 * * * *", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "identity.sign-in-failure-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from identity.sign_in_failure
                         where last_failure_at < :dayAgo and (blocked_until is null or blocked_until < :now)
                        """)
                .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets the wrong passwords typed for {@code username} (a successful sign-in, an administrator's unlock). */
    static void forget(JdbcClient jdbc, String username) {
        jdbc.sql("delete from identity.sign_in_failure where subject = :s")
                .param("s", account(username))
                .update();
    }

    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static Optional<String> address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? Optional.of("address:" + web.getRemoteAddress())
                : Optional.empty();
    }
}
