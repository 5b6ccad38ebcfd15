package org.motcua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants to hear from us: which channels (e-mail, SMS, Zalo, in-app notices) and in which
 * language. Applied when messages are created; a person who never chose gets every channel, in Vietnamese.
 * Verification codes are not affected: they go where the person asked for them.
 */
@Service
public class NotificationPreferences {

    /**
     * A person's choice.
     *
     * @param channels the channels they want to be written to on (each still needs an address and a provider)
     * @param language {@code vi} or {@code en}
     */
    public record Preference(Set<NotificationChannel> channels, String language) {

        public Preference {
            Set<NotificationChannel> copy = EnumSet.noneOf(NotificationChannel.class);
            copy.addAll(channels);
            channels = Collections.unmodifiableSet(copy); // in the enum's order
        }

        /** Every channel, in Vietnamese: what someone who never chose gets. */
        public static final Preference DEFAULT = new Preference(EnumSet.allOf(NotificationChannel.class), "vi");

        public boolean wants(NotificationChannel channel) {
            return channels.contains(channel);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The channels a person may choose among: applicants every one; officers are written to in the workspace
     * and by e-mail only (SMS and Zalo are for applicants).
     */
    public static List<NotificationChannel> offered(CurrentUser user) {
        return user != null && user.hasRole(Role.APPLICANT)
                ? List.of(
                        NotificationChannel.EMAIL,
                        NotificationChannel.SMS,
                        NotificationChannel.ZALO,
                        NotificationChannel.IN_APP)
                : List.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP);
    }

    /** The account's choice, or {@link Preference#DEFAULT} when it made none (or there is no account). */
    @Transactional(readOnly = true)
    public Preference of(UUID accountId) {
        if (accountId == null) {
            return Preference.DEFAULT;
        }
        return jdbc.sql("select * from notification.preference where account_id = ?")
                .param(accountId)
                .query((rs, row) -> {
                    Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
                    if (rs.getBoolean("email")) {
                        channels.add(NotificationChannel.EMAIL);
                    }
                    if (rs.getBoolean("sms")) {
                        channels.add(NotificationChannel.SMS);
                    }
                    if (rs.getBoolean("zalo")) {
                        channels.add(NotificationChannel.ZALO);
                    }
                    if (rs.getBoolean("in_app")) {
                        channels.add(NotificationChannel.IN_APP);
                    }
                    return new Preference(channels, rs.getString("language"));
                })
                .optional()
                .orElse(Preference.DEFAULT);
    }

    /**
     * Saves the person's choice, in force for the next message; refused (400) naming the field when the
     * language is not one templates are kept in or the channels are missing. A channel not offered to the
     * person (SMS for an officer) is kept off.
     */
    @Transactional
    public Preference save(CurrentUser user, Collection<NotificationChannel> channels, String language) {
        List<FieldError> errors = new ArrayList<>();
        if (channels == null || channels.contains(null)) {
            errors.add(new FieldError("channels", "NotNull", null));
        }
        String lang = language == null ? null : language.trim().toLowerCase(java.util.Locale.ROOT);
        if (lang == null || lang.isEmpty()) {
            errors.add(new FieldError("language", "NotBlank", null));
        } else if (!Templates.LANGUAGES.contains(lang)) {
            errors.add(new FieldError("language", "Invalid", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        Set<NotificationChannel> chosen = EnumSet.noneOf(NotificationChannel.class);
        chosen.addAll(channels);
        chosen.retainAll(offered(user));
        jdbc.sql("""
                        insert into notification.preference (account_id, email, sms, zalo, in_app, language, updated_at)
                        values (:id, :email, :sms, :zalo, :inApp, :language, :at)
                        on conflict (account_id) do update set email = excluded.email, sms = excluded.sms,
                            zalo = excluded.zalo, in_app = excluded.in_app, language = excluded.language,
                            updated_at = excluded.updated_at""")
                .param("id", user.id())
                .param("email", chosen.contains(NotificationChannel.EMAIL))
                .param("sms", chosen.contains(NotificationChannel.SMS))
                .param("zalo", chosen.contains(NotificationChannel.ZALO))
                .param("inApp", chosen.contains(NotificationChannel.IN_APP))
                .param("language", lang)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new Preference(chosen, lang);
    }
}
