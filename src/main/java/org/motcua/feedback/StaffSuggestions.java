package org.motcua.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous suggestion box of the center's staff. Sending takes a ballot (handed to a signed-in officer
 * with the form) and nothing else: no account, no address, no session, no time finer than the day is kept,
 * the request is neither logged nor audited. Reading is for the center's managers, supervisors and
 * administrators (the IT team), and never shows a group of fewer than {@value #SMALLEST_GROUP} messages.
 */
@Service
public class StaffSuggestions {

    public static final int SMALLEST_GROUP = 5;
    public static final int MAX_BODY = 4000;

    private final JdbcClient jdbc;
    private final Ballots ballots;
    private final Clock clock;
    // Ballots handed out per officer and minute, keyed by an HMAC of the account under a key that lives in
    // memory only: the limiter never holds an account id.
    private final PerMinuteLimit ballotsPerOfficer;
    private final PerMinuteLimit messagesPerMinute;
    private final byte[] limiterKey = new byte[32];

    StaffSuggestions(JdbcClient jdbc, Ballots ballots, Clock clock) {
        this.jdbc = jdbc;
        this.ballots = ballots;
        this.clock = clock;
        this.ballotsPerOfficer = new PerMinuteLimit(10, clock);
        this.messagesPerMinute = new PerMinuteLimit(30, clock);
        new SecureRandom().nextBytes(limiterKey);
    }

    /** Who may send: every officer of the center. */
    public static boolean maySend(CurrentUser user) {
        return user != null && user.isOfficer();
    }

    /** Who may read: the center's managers, the supervisors, the administrators (the IT team). */
    public static boolean mayRead(CurrentUser user) {
        return user != null
                && (user.hasRole(Role.CENTER_MANAGER) || user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN));
    }

    /** A ballot for the form of a signed-in officer (today's; at most 10 a minute per officer). */
    public String ballot(CurrentUser user) {
        if (!maySend(user)) {
            throw new DomainException("feedback.forbidden", HttpStatus.FORBIDDEN);
        }
        ballotsPerOfficer.check(pseudonym(user.id()));
        return ballots.issue(today());
    }

    /** Puts a message in the box; the ballot is spent. */
    @Transactional
    public void send(String ballot, SuggestionKind kind, String body) {
        String text = Text.clean(body);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "NotNull", null));
        }
        if (text == null) {
            errors.add(new FieldError("body", "NotBlank", null));
        } else if (text.length() > MAX_BODY) {
            errors.add(new FieldError("body", "Size", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("feedback.invalid", errors);
        }
        messagesPerMinute.check("all");
        LocalDate today = today();
        Ballots.Ballot valid = ballots.read(ballot, today)
                .orElseThrow(() -> new DomainException("feedback.ballot_invalid", HttpStatus.FORBIDDEN));
        jdbc.sql("delete from feedback.spent_ballot where spent_on < ?")
                .param(today.minusDays(1))
                .update();
        int spent = jdbc.sql("insert into feedback.spent_ballot (nonce_hash, spent_on) values (?, ?)"
                        + " on conflict do nothing")
                .params(valid.nonceHash(), today)
                .update();
        if (spent == 0) {
            throw DomainException.conflict("feedback.ballot_spent");
        }
        jdbc.sql("insert into feedback.staff_suggestion (id, kind, body, sent_on) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), kind.name(), text, today)
                .update();
    }

    /** How many of a kind in a month; {@code count} null when fewer than five (said as "fewer than 5"). */
    public record Group(YearMonth month, SuggestionKind kind, Long count) {}

    /** The messages of a group of at least five, in no particular order, without their day. */
    public record Messages(YearMonth month, SuggestionKind kind, List<String> bodies) {}

    public record Report(LocalDate from, LocalDate to, List<Group> groups, List<Messages> messages) {}

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, LocalDate from, LocalDate to) {
        if (!mayRead(user)) {
            throw new DomainException("feedback.forbidden", HttpStatus.FORBIDDEN);
        }
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(5))) {
            throw DomainException.invalid("feedback.period_invalid", List.of());
        }
        // Whole months only: a period cut inside a month could isolate one message by its day.
        LocalDate start = from.withDayOfMonth(1);
        LocalDate end = to.withDayOfMonth(to.lengthOfMonth());
        List<Group> groups = new ArrayList<>();
        jdbc.sql("""
                        select date_trunc('month', sent_on)::date m, kind, count(*) n from feedback.staff_suggestion
                         where sent_on between ? and ? group by 1, 2 order by 1, 2""").params(start, end).query(rs -> {
            long n = rs.getLong("n");
            groups.add(new Group(
                    YearMonth.from(rs.getDate("m").toLocalDate()),
                    SuggestionKind.valueOf(rs.getString("kind")),
                    n < SMALLEST_GROUP ? null : n));
        });
        Map<String, Messages> messages = new LinkedHashMap<>();
        for (Group g : groups) {
            if (g.count() == null) {
                continue;
            }
            List<String> bodies = jdbc.sql("""
                            select body from feedback.staff_suggestion
                             where sent_on between ? and ? and kind = ? order by id""")
                    .params(
                            g.month().atDay(1),
                            g.month().atEndOfMonth(),
                            g.kind().name())
                    .query(String.class)
                    .list();
            messages.put(g.month() + g.kind().name(), new Messages(g.month(), g.kind(), bodies));
        }
        return new Report(start, end, groups, List.copyOf(messages.values()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String pseudonym(UUID account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(limiterKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(account.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
