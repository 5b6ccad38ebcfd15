package org.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and locks it for the configured time after too many in a row.
 * Each change is one atomic SQL update, so parallel attempts are all counted. After a lockout has
 * expired the count starts again from one.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final IdentitySettings settings;
    private final Clock clock;
    private final ApiTokens tokens;

    LoginAttempts(JdbcClient jdbc, IdentitySettings settings, Clock clock, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.tokens = tokens;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        int locked = jdbc.sql("""
                        update identity.user_account
                           set failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                               locked_until = case
                                   when (case when locked_until <= :now then 1 else failed_attempts + 1 end) >= :max
                                       then :until
                                   when locked_until <= :now then null
                                   else locked_until end
                         where lower(username) = lower(:username)
                        returning (locked_until is not null and locked_until > :now)::int
                        """)
                .param("max", settings.maxFailedLogins())
                .param("until", java.sql.Timestamp.from(now.plus(settings.lockoutDuration())))
                .param("now", java.sql.Timestamp.from(now))
                .param("username", event.getAuthentication().getName())
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (locked == 1) {
            // A locked account's tokens stop working too.
            tokens.forgetChecks();
            log.warn("Account locked after {} failed sign-ins", settings.maxFailedLogins());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        update identity.user_account set failed_attempts = 0, locked_until = null
                         where lower(username) = lower(:username) and (failed_attempts > 0 or locked_until is not null)
                        """).param("username", event.getAuthentication().getName()).update();
    }
}
