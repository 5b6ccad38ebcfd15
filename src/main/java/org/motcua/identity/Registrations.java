package org.motcua.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.identity.VerificationCodeSender.Channel;
import org.motcua.identity.VerificationCodeSender.VerificationCode;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of applicants. The account is created at once but waits, unable to sign in, until
 * the person types the six-digit code sent to their e-mail (or, without one, their phone). A code is
 * single-use, expires, allows a few tries and is stored only as a salted hash; a new one can be asked for
 * after a cool-down. A registration that was never verified does not block the contact: registering
 * again replaces it. The username is the e-mail, or the phone when there is no e-mail.
 */
@Service
public class Registrations {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final VerificationCodeSender sender;
    private final IdentitySettings settings;
    private final Clock clock;

    Registrations(
            UserAccounts accounts,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            List<VerificationCodeSender> senders,
            IdentitySettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.sender = VerificationCodeSender.preferred(senders);
        this.settings = settings;
        this.clock = clock;
    }

    /** What a person types to register. */
    public record Registration(
            String displayName, String email, String phone, String password, String passwordConfirmation) {}

    /**
     * A registration waiting for its code.
     *
     * @param contact what to type on the verification page to name this registration (its username)
     * @param sentTo where the code went, partly hidden ("ng***@gmail.com", "0912***678")
     * @param resendAfter when a new code may be asked for
     */
    public record Pending(String contact, Channel channel, String sentTo, Instant resendAfter, Duration validFor)
            implements java.io.Serializable {}

    /**
     * Creates the pending account and sends its code. Sent again with the same {@code submissionKey} (a
     * double click, a reloaded page) it returns the same registration without a second account or code.
     */
    @Transactional
    public Pending register(Registration form, String submissionKey) {
        String key = Text.clean(submissionKey);
        if (key != null) {
            Optional<Pending> same = jdbc.sql(
                            "select user_account from identity.verification_code where submission_key = ?")
                    .param(key)
                    .query(UUID.class)
                    .optional()
                    .flatMap(accounts::findById)
                    .map(this::pending);
            if (same.isPresent()) {
                return same.get();
            }
        }
        List<FieldError> errors = new ArrayList<>();
        String name = Text.clean(form.displayName());
        if (name == null) {
            errors.add(new FieldError("displayName", "NotBlank", null));
        } else if (name.length() > 200) {
            errors.add(new FieldError("displayName", "Size", null));
        }
        String email = Contacts.email(form.email());
        String phone = Contacts.phone(form.phone());
        if (email == null && phone == null) {
            errors.add(new FieldError("email", "ContactRequired", null));
        }
        // Accounts already holding the e-mail or phone (as contact or as username), looked up once.
        List<UserAccount> holders = new ArrayList<>();
        if (!Contacts.validEmail(email)) {
            errors.add(new FieldError("email", "Email", null));
        } else if (email != null) {
            List<UserAccount> ofEmail = holders(accounts.findByEmail(email), accounts.findByUsername(email));
            if (ofEmail.stream().anyMatch(a -> !a.pendingVerification())) {
                errors.add(new FieldError("email", "EmailTaken", null));
            }
            holders.addAll(ofEmail);
        }
        if (!Contacts.validPhone(phone)) {
            errors.add(new FieldError("phone", "Phone", null));
        } else if (phone != null) {
            List<UserAccount> ofPhone = holders(accounts.findByPhone(phone), accounts.findByUsername(phone));
            if (ofPhone.stream().anyMatch(a -> !a.pendingVerification())) {
                errors.add(new FieldError("phone", "PhoneTaken", null));
            }
            holders.addAll(ofPhone);
        }
        errors.addAll(Passwords.check("password", form.password()));
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            errors.add(new FieldError("passwordConfirmation", "PasswordMismatch", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        // an earlier registration of the same contact that was never verified gives way
        holders.stream()
                .filter(UserAccount::pendingVerification)
                .map(UserAccount::id)
                .distinct()
                .forEach(accounts::deleteById);
        UserAccount account = accounts.save(UserAccount.register(
                email != null ? email : phone, passwords.encode(form.password()), name, email, phone, clock.instant()));
        sendCode(account, key);
        return pending(account);
    }

    /**
     * Activates the registration named by {@code contact} (its e-mail or phone) when {@code code} is
     * its current code. A wrong code uses up one try; the tries are counted even though the call fails.
     *
     * @return the activated account
     */
    @Transactional(noRollbackFor = DomainException.class)
    public Account verify(String contact, String code) {
        UserAccount account = pendingAccount(contact);
        Instant now = clock.instant();
        OneTimeCodes.use(
                jdbc,
                "identity.verification_code",
                account.id(),
                code,
                settings.verificationAttempts(),
                now,
                "identity.verification_failed");
        account.verify();
        return accounts.save(account).toAccount(now);
    }

    /** Sends a new code (the old one stops working), once the cool-down since the last one has passed. */
    @Transactional
    public Pending resend(String contact) {
        UserAccount account = pendingAccount(contact);
        Instant resendAfter = lastSent(account.id()).plus(settings.verificationResendCooldown());
        Instant now = clock.instant();
        if (resendAfter.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, resendAfter).toSeconds());
            throw new DomainException(
                    "identity.resend_too_soon",
                    org.springframework.http.HttpStatus.TOO_MANY_REQUESTS,
                    List.of(new FieldError("code", "ResendTooSoon", null)),
                    seconds);
        }
        sendCode(account, null);
        return pending(account);
    }

    /** The registration waiting for a code under this e-mail or phone, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String contact) {
        return find(contact).filter(UserAccount::pendingVerification).map(this::pending);
    }

    private void sendCode(UserAccount account, String submissionKey) {
        String code = OneTimeCodes.newCode();
        String salt = OneTimeCodes.newSalt();
        Instant now = clock.instant();
        Channel channel = account.email() != null ? Channel.EMAIL : Channel.SMS;
        String destination = channel == Channel.EMAIL ? account.email() : account.phone();
        jdbc.sql("""
                        insert into identity.verification_code
                            (user_account, channel, destination, code_hash, salt, sent_at, expires_at, attempts, submission_key)
                        values (:account, :channel, :destination, :hash, :salt, :now, :expires, 0, :key)
                        on conflict (user_account) do update set
                            channel = excluded.channel, destination = excluded.destination,
                            code_hash = excluded.code_hash, salt = excluded.salt, sent_at = excluded.sent_at,
                            expires_at = excluded.expires_at, attempts = 0,
                            submission_key = coalesce(excluded.submission_key, identity.verification_code.submission_key)
                        """)
                .param("account", account.id())
                .param("channel", channel.name())
                .param("destination", destination)
                .param("hash", OneTimeCodes.hash(salt, code))
                .param("salt", salt)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(settings.verificationCodeLifetime())))
                .param("key", submissionKey)
                .update();
        sender.send(new VerificationCode(
                channel, destination, account.displayName(), code, settings.verificationCodeLifetime()));
    }

    private Pending pending(UserAccount account) {
        Channel channel = account.email() != null ? Channel.EMAIL : Channel.SMS;
        String sentTo = channel == Channel.EMAIL ? maskEmail(account.email()) : maskPhone(account.phone());
        return new Pending(
                account.username(),
                channel,
                sentTo,
                lastSent(account.id()).plus(settings.verificationResendCooldown()),
                settings.verificationCodeLifetime());
    }

    private Instant lastSent(UUID accountId) {
        return jdbc.sql("select sent_at from identity.verification_code where user_account = ?")
                .param(accountId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(Instant.EPOCH);
    }

    private UserAccount pendingAccount(String contact) {
        return find(contact)
                .filter(UserAccount::pendingVerification)
                .orElseThrow(() -> DomainException.invalid(
                        "identity.registration_not_found",
                        List.of(new FieldError("contact", "RegistrationNotFound", null))));
    }

    private Optional<UserAccount> find(String contact) {
        String typed = Text.clean(contact);
        if (typed == null) {
            return Optional.empty();
        }
        return typed.contains("@")
                ? accounts.findByEmail(Contacts.email(typed))
                : accounts.findByPhone(Contacts.phone(typed));
    }

    /**
     * The accounts found holding a contact. It is taken by one that is in use; one still waiting for its
     * code does not count, and gives way to the new registration.
     */
    @SafeVarargs
    private static List<UserAccount> holders(Optional<UserAccount>... found) {
        return java.util.Arrays.stream(found).flatMap(Optional::stream).toList();
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        String local = email.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "***" + email.substring(at);
    }

    static String maskPhone(String phone) {
        return phone.substring(0, 4) + "***" + phone.substring(phone.length() - 3);
    }
}
