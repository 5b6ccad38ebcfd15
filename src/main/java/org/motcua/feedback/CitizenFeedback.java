package org.motcua.feedback;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DeadlineUnit;
import org.motcua.calendar.WorkingCalendar;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.PerMinuteLimit;
import org.motcua.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' feedback and petitions (phản ánh, kiến nghị): received from anyone (rate-limited per address),
 * routed to the agency that answers (a procedure's competent agency, else the agency chosen), given a due
 * time {@code motcua.feedback.answer-days} working days after receipt by the calendar, assigned to an
 * officer of that agency, answered, and published when the sender consented, personal data removed.
 */
@Service
public class CitizenFeedback {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final WorkingCalendar calendar;
    private final Users users;
    private final Clock clock;
    private final int answerDays;
    private final PerMinuteLimit perAddress;

    CitizenFeedback(
            JdbcClient jdbc,
            Catalog catalog,
            WorkingCalendar calendar,
            Users users,
            Clock clock,
            @Value("${motcua.feedback.answer-days:10}") int answerDays,
            @Value("${motcua.feedback.per-address-per-minute:5}") int perMinute) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
        this.answerDays = answerDays;
        this.perAddress = new PerMinuteLimit(perMinute, clock);
    }

    /** Receives a feedback; {@code user} when signed in (else null), {@code address} for the rate limit. */
    @Transactional
    public FeedbackView submit(FeedbackForm form, CurrentUser user, String address) {
        perAddress.check(address);
        List<FieldError> errors = new ArrayList<>();
        String title = Text.line(form.title());
        String body = Text.clean(form.body());
        String name = Text.line(form.senderName());
        String phone = Text.line(form.senderPhone());
        String email = Text.line(form.senderEmail());
        String ref = Text.line(form.subjectRef());
        require(errors, form.subject() != null, "subject", "NotNull");
        require(errors, form.category() != null, "category", "NotNull");
        require(errors, title != null && title.length() <= 200, "title", title == null ? "NotBlank" : "Size");
        require(errors, body != null && body.length() <= 4000, "body", body == null ? "NotBlank" : "Size");
        require(errors, name != null && name.length() <= 200, "senderName", name == null ? "NotBlank" : "Size");
        require(errors, phone != null || email != null, "senderPhone", "feedback.contact_required");
        require(errors, phone == null || phone.matches("\\+?[0-9 .-]{8,20}"), "senderPhone", "Pattern");
        require(
                errors,
                email == null || (email.length() <= 200 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")),
                "senderEmail",
                "Email");
        UUID agency = null;
        if (form.subject() == FeedbackSubject.PROCEDURE) {
            ProcedureView procedure =
                    ref == null ? null : catalog.procedureByCode(ref).orElse(null);
            require(errors, procedure != null, "subjectRef", "feedback.unknown_procedure");
            agency = procedure == null ? null : procedure.competentAgencyId();
        } else if (form.subject() != null) {
            AgencyView chosen = form.agencyCode() == null
                    ? null
                    : catalog.agencyByCode(form.agencyCode().trim()).orElse(null);
            require(errors, chosen != null, "agencyCode", "feedback.unknown_agency");
            agency = chosen == null ? null : chosen.id();
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("feedback.invalid_feedback", errors);
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Deadline due = deadline(now, agency);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into feedback.citizen_feedback (id, reference, subject, subject_ref, category, title, body,
                            sender_name, sender_phone, sender_email, account_id, consent_to_publish, agency_id, status,
                            received_at, due_at)
                        values (:id, :reference, :subject, :ref, :category, :title, :body, :name, :phone, :email,
                            :account, :consent, :agency, 'RECEIVED', :at, :due)""")
                .param("id", id)
                .param("reference", reference())
                .param("subject", form.subject().name())
                .param("ref", ref)
                .param("category", form.category().name())
                .param("title", title)
                .param("body", body)
                .param("name", name)
                .param("phone", phone)
                .param("email", email)
                .param("account", user == null ? null : user.id())
                .param("consent", form.consents())
                .param("agency", agency)
                .param("at", now)
                .param("due", due.due())
                .update();
        return find(id);
    }

    /** The due time of an answer to a feedback received at {@code received} by {@code agency}. */
    public Deadline deadline(LocalDateTime received, UUID agency) {
        return calendar.due(received, BigDecimal.valueOf(answerDays), DeadlineUnit.WORKING_DAYS, null, agency);
    }

    /** The feedback of the agencies the officer serves, open ones first, by due time. */
    @Transactional(readOnly = true)
    public List<FeedbackView> worklist(CurrentUser officer) {
        requireOfficer(officer);
        Set<UUID> agencies = catalog.agenciesAndDescendants(officer.agencyIds());
        boolean all = officer.hasRole(Role.ADMIN) || officer.hasRole(Role.SUPERVISOR); // every agency
        return jdbc.sql("select * from feedback.citizen_feedback"
                        + (all ? "" : " where agency_id = any(cast(:agencies as uuid[]))")
                        + " order by (status = 'ANSWERED'), due_at limit 500")
                .param("agencies", agencies.stream().map(UUID::toString).toArray(String[]::new))
                .query(CitizenFeedback::view)
                .list();
    }

    @Transactional(readOnly = true)
    public FeedbackView get(UUID id, CurrentUser officer) {
        return mine(id, officer);
    }

    /** Gives the feedback to an officer of its agency. */
    @Transactional
    public FeedbackView assign(UUID id, UUID assigneeId, CurrentUser officer) {
        FeedbackView f = mine(id, officer);
        if ("ANSWERED".equals(f.status())) {
            throw DomainException.conflict("feedback.already_answered");
        }
        CurrentUser assignee =
                assigneeId == null ? null : users.find(assigneeId).orElse(null);
        if (assignee == null
                || !assignee.isOfficer()
                || !catalog.agenciesAndDescendants(assignee.agencyIds()).contains(f.agencyId())) {
            throw DomainException.invalid(
                    "feedback.invalid_feedback", List.of(new FieldError("assigneeId", "feedback.not_of_agency", null)));
        }
        jdbc.sql("update feedback.citizen_feedback set assignee_id = ?, status = 'ASSIGNED' where id = ?")
                .params(assigneeId, id)
                .update();
        return find(id);
    }

    @Transactional
    public FeedbackView answer(UUID id, String answer, CurrentUser officer) {
        FeedbackView f = mine(id, officer);
        String text = Text.clean(answer);
        if (text == null || text.length() > 8000) {
            throw DomainException.invalid(
                    "feedback.invalid_feedback",
                    List.of(new FieldError("answer", text == null ? "NotBlank" : "Size", null)));
        }
        if ("ANSWERED".equals(f.status())) {
            throw DomainException.conflict("feedback.already_answered");
        }
        jdbc.sql("""
                        update feedback.citizen_feedback set answer = ?, answered_at = ?, answered_by = ?,
                            status = 'ANSWERED' where id = ?""")
                .params(text, LocalDateTime.now(clock).withNano(0), officer.id(), id)
                .update();
        return find(id);
    }

    /**
     * Publishes the question and answer with the sender's consent, with the sender's name, contact data, ID
     * numbers and the {@code thirdParties} named by the officer removed.
     */
    @Transactional
    public FeedbackView publish(UUID id, Collection<String> thirdParties, CurrentUser officer) {
        FeedbackView f = mine(id, officer);
        if (!"ANSWERED".equals(f.status())) {
            throw DomainException.conflict("feedback.not_answered");
        }
        if (!f.consentToPublish()) {
            throw DomainException.unprocessable("feedback.no_consent");
        }
        List<String> names =
                Stream.concat(Stream.of(f.senderName()), thirdParties.stream()).toList();
        jdbc.sql("""
                        update feedback.citizen_feedback set published_at = ?, published_title = ?, published_body = ?,
                            published_answer = ? where id = ?""")
                .params(
                        LocalDateTime.now(clock).withNano(0),
                        PersonalData.mask(f.title(), names),
                        PersonalData.mask(f.body(), names),
                        PersonalData.mask(f.answer(), names),
                        id)
                .update();
        return find(id);
    }

    /** The published questions and answers, newest first; {@code query} matches without diacritics. */
    @Transactional(readOnly = true)
    public List<PublishedFeedback> published(String query) {
        String q = Text.line(query);
        return jdbc.sql("""
                        select reference, category, agency_id, published_title, published_body, published_answer,
                               answered_at from feedback.citizen_feedback
                         where published_at is not null"""
                        + (q == null
                                ? ""
                                : " and public.f_unaccent(lower(published_title || ' ' || published_body || ' '"
                                        + " || published_answer)) like '%' || public.f_unaccent(lower(:q)) || '%'")
                        + " order by published_at desc limit 200")
                .param("q", q == null ? "" : q)
                .query((rs, i) -> new PublishedFeedback(
                        rs.getString("reference"),
                        FeedbackCategory.valueOf(rs.getString("category")),
                        catalog.agency(rs.getObject("agency_id", UUID.class))
                                .map(AgencyView::name)
                                .orElse(""),
                        rs.getString("published_title"),
                        rs.getString("published_body"),
                        rs.getString("published_answer"),
                        rs.getTimestamp("answered_at").toLocalDateTime().toLocalDate()))
                .list();
    }

    /** Per agency over a period (received in it): received, answered, answered on time, open past due. */
    public record AgencyFigures(
            UUID agencyId, String agencyName, long received, long answered, long answeredOnTime, long overdue) {}

    @Transactional(readOnly = true)
    public List<AgencyFigures> figures(LocalDate from, LocalDate to, CurrentUser officer) {
        requireOfficer(officer);
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("feedback.period_invalid", List.of());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc
                .sql("""
                        select agency_id, count(*) received, count(*) filter (where answered_at is not null) answered,
                               count(*) filter (where answered_at <= due_at) on_time,
                               count(*) filter (where answered_at is null and due_at < :now) overdue
                          from feedback.citizen_feedback where received_at >= :from and received_at < :end
                         group by agency_id""")
                .param("now", now)
                .param("from", from.atStartOfDay())
                .param("end", to.plusDays(1).atStartOfDay())
                .query((rs, i) -> {
                    UUID agency = rs.getObject("agency_id", UUID.class);
                    return new AgencyFigures(
                            agency,
                            catalog.agency(agency).map(AgencyView::name).orElse(""),
                            rs.getLong("received"),
                            rs.getLong("answered"),
                            rs.getLong("on_time"),
                            rs.getLong("overdue"));
                })
                .list()
                .stream()
                .filter(a -> officer.serves(a.agencyId())
                        || catalog.agenciesAndDescendants(officer.agencyIds()).contains(a.agencyId()))
                .toList();
    }

    // --- the deadline watch's steps (FeedbackDeadlineWatch)

    /** Marks the open feedback due within a working day as reminded; how many. */
    int remind(LocalDateTime now) {
        List<UUID> soon = jdbc
                .sql("""
                        select id, agency_id, due_at from feedback.citizen_feedback
                         where status <> 'ANSWERED' and reminded_at is null and due_at >= ?""")
                .param(now)
                .query((rs, i) -> calendar.addWorkingDays(now, BigDecimal.ONE, rs.getObject("agency_id", UUID.class))
                                .isBefore(rs.getTimestamp("due_at").toLocalDateTime())
                        ? null
                        : rs.getObject("id", UUID.class))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        for (UUID id : soon) {
            jdbc.sql("update feedback.citizen_feedback set reminded_at = ? where id = ?")
                    .params(now, id)
                    .update();
        }
        return soon.size();
    }

    /** Marks the open feedback past its due time as overdue; how many. */
    int markOverdue(LocalDateTime now) {
        return jdbc.sql("""
                        update feedback.citizen_feedback set overdue_at = ?
                         where status <> 'ANSWERED' and overdue_at is null and due_at < ?""").params(now, now).update();
    }

    // ---

    private FeedbackView mine(UUID id, CurrentUser officer) {
        requireOfficer(officer);
        FeedbackView f = find(id);
        if (f == null
                || !(officer.serves(f.agencyId())
                        || catalog.agenciesAndDescendants(officer.agencyIds()).contains(f.agencyId()))) {
            throw DomainException.notFound("feedback.not_found");
        }
        return f;
    }

    private static void requireOfficer(CurrentUser user) {
        if (user == null || !user.isOfficer()) {
            throw new DomainException("feedback.forbidden", HttpStatus.FORBIDDEN);
        }
    }

    private FeedbackView find(UUID id) {
        return jdbc.sql("select * from feedback.citizen_feedback where id = ?")
                .param(id)
                .query(CitizenFeedback::view)
                .optional()
                .orElse(null);
    }

    private static void require(List<FieldError> errors, boolean ok, String field, String code) {
        if (!ok) {
            errors.add(new FieldError(field, code, null));
        }
    }

    private static String reference() {
        StringBuilder b = new StringBuilder("PA");
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static FeedbackView view(ResultSet rs, int row) throws SQLException {
        return new FeedbackView(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                FeedbackSubject.valueOf(rs.getString("subject")),
                rs.getString("subject_ref"),
                FeedbackCategory.valueOf(rs.getString("category")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("sender_name"),
                rs.getString("sender_phone"),
                rs.getString("sender_email"),
                rs.getBoolean("consent_to_publish"),
                rs.getObject("agency_id", UUID.class),
                rs.getObject("assignee_id", UUID.class),
                rs.getString("status"),
                time(rs.getTimestamp("received_at")),
                time(rs.getTimestamp("due_at")),
                time(rs.getTimestamp("reminded_at")),
                time(rs.getTimestamp("overdue_at")),
                rs.getString("answer"),
                time(rs.getTimestamp("answered_at")),
                time(rs.getTimestamp("published_at")));
    }
}
