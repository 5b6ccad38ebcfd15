package org.motcua.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.motcua.identity.VerificationCodeSender.Channel;
import org.motcua.identity.VerificationCodeSender.VerificationCode;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Quên mật khẩu": a person who forgot their password asks for a six-digit code, sent to the e-mail (or,
 * without one, the phone) their account holds, and sets a new password with it. The answer to a request is
 * the same whether or not the account exists, so the form tells nobody which user names, e-mails or phones
 * are registered; a code is single-use, expires, allows a few tries and is stored only as a salted hash; a
 * new code comes at most once per cool-down. Setting the new password revokes the account's API tokens and
 * forgets its wrong sign-in attempts, as an administrator's reset does.
 */
@Service
public class PasswordResets {

    private static final String PROBLEM = "identity.password_reset_failed";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final VerificationCodeSender sender;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final IdentitySettings settings;
    private final Clock clock;

    PasswordResets(
            UserAccounts accounts,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            List<VerificationCodeSender> senders,
            ApiTokens tokens,
            AuditTrail audit,
            IdentitySettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.sender = VerificationCodeSender.preferred(senders);
        this.tokens = tokens;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long a code sent may be used. */
    public java.time.Duration codeLifetime() {
        return settings.verificationCodeLifetime();
    }

    /**
     * Sends a code to the account named by {@code contact} (its user name, e-mail or phone) when there is
     * one that can sign in, holds an e-mail or phone, and was not sent a code within the cool-down;
     * otherwise does nothing. Says nothing either way.
     */
    @Transactional
    public void request(String contact) {
        Optional<UserAccount> found = find(contact);
        if (found.isEmpty()) {
            return;
        }
        UserAccount account = found.get();
        String destination = account.email() != null ? account.email() : account.phone();
        if (destination == null || !account.enabled() || account.pendingVerification()) {
            return;
        }
        Instant now = clock.instant();
        Instant lastSent = jdbc.sql("select sent_at from identity.password_reset where user_account = ?")
                .param(account.id())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(Instant.EPOCH);
        if (lastSent.plus(settings.verificationResendCooldown()).isAfter(now)) {
            return;
        }
        Channel channel = account.email() != null ? Channel.EMAIL : Channel.SMS;
        String code = OneTimeCodes.newCode();
        String salt = OneTimeCodes.newSalt();
        jdbc.sql("""
                        insert into identity.password_reset
                            (user_account, channel, destination, code_hash, salt, sent_at, expires_at, attempts)
                        values (:account, :channel, :destination, :hash, :salt, :now, :expires, 0)
                        on conflict (user_account) do update set
                            channel = excluded.channel, destination = excluded.destination,
                            code_hash = excluded.code_hash, salt = excluded.salt, sent_at = excluded.sent_at,
                            expires_at = excluded.expires_at, attempts = 0
                        """)
                .param("account", account.id())
                .param("channel", channel.name())
                .param("destination", destination)
                .param("hash", OneTimeCodes.hash(salt, code))
                .param("salt", salt)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(settings.verificationCodeLifetime())))
                .update();
        sender.send(new VerificationCode(
                channel, destination, account.displayName(), code, settings.verificationCodeLifetime()));
        audit.changed("password-reset-requested", AuditTrail.Subject.account(account.username()), channel.name());
    }

    /**
     * Sets {@code password} as the account's password when {@code code} is the code last sent for it. A
     * wrong code uses up one try (counted although the call fails). An unknown contact and a contact sent
     * no code get the same answer as an expired code.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public void reset(String contact, String code, String password, String confirmation) {
        List<FieldError> errors = new ArrayList<>(Passwords.check("password", password));
        if (password != null && !password.equals(confirmation)) {
            errors.add(new FieldError("passwordConfirmation", "PasswordMismatch", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        UserAccount account = find(contact)
                .filter(a -> a.enabled() && !a.pendingVerification())
                .orElseThrow(() -> OneTimeCodes.refused(PROBLEM, "CodeExpired", 0));
        OneTimeCodes.use(
                jdbc,
                "identity.password_reset",
                account.id(),
                code,
                settings.verificationAttempts(),
                clock.instant(),
                PROBLEM);
        account.changePassword(passwords.encode(password));
        accounts.save(account);
        tokens.revokeAll(account.id());
        SignInThrottle.forget(jdbc, account.username());
        audit.changed("password-reset", AuditTrail.Subject.account(account.username()), null);
    }

    /** The account a person names by user name, e-mail or phone. */
    private Optional<UserAccount> find(String contact) {
        String typed = Text.clean(contact);
        if (typed == null) {
            return Optional.empty();
        }
        Optional<UserAccount> byUsername = accounts.findByUsername(typed);
        if (byUsername.isPresent()) {
            return byUsername;
        }
        if (typed.contains("@")) {
            String email = Contacts.email(typed);
            return email == null ? Optional.empty() : accounts.findByEmail(email);
        }
        String phone = Contacts.phone(typed);
        return phone == null ? Optional.empty() : accounts.findByPhone(phone);
    }
}
