package org.motcua.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.security.*}: after {@code maxFailedLogins} wrong passwords for one user name (and {@code
 * addressFailedLogins} from one client address) within an hour, each further try waits {@code firstDelay},
 * doubled after every failure, at most {@code lockoutDuration} ({@link SignInThrottle}); API tokens live
 * for {@code tokenLifetime}. A registration's verification code is
 * valid for {@code verificationCodeLifetime}, allows {@code verificationAttempts} tries, and a new one
 * can be asked for after {@code verificationResendCooldown}. A valid API token's check is remembered for
 * {@code tokenCheckCache} (0 = never; see {@link ApiTokens}).
 */
@ConfigurationProperties("motcua.security")
record IdentitySettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("8h") Duration tokenLifetime,
        @DefaultValue("10m") Duration verificationCodeLifetime,
        @DefaultValue("5") int verificationAttempts,
        @DefaultValue("60s") Duration verificationResendCooldown,
        @DefaultValue("10s") Duration tokenCheckCache,
        @DefaultValue("100") int addressFailedLogins,
        @DefaultValue("1s") Duration firstDelay) {}
