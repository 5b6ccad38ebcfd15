package org.motcua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates: the version in force per trigger, channel and language, new versions saved by
 * administrators (an unknown placeholder or an SMS over {@value SmsText#MAX_SEGMENTS} segments is refused),
 * and previews rendered with sample values.
 */
@Service
public class Templates {

    /** The languages templates are kept in; Vietnamese is the original, English optional. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_BODY = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Templates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What a template looks like filled in with sample values, and its SMS arithmetic; for Zalo, {@code
     * subject} is the ZNS template id and {@code parameters} the template data.
     */
    public record Preview(
            String subject,
            String body,
            String unaccented,
            int length,
            int segments,
            boolean unicode,
            int unaccentedSegments,
            List<String> placeholders,
            List<Parameter> parameters) {}

    /** One parameter of a Zalo template message filled in with a sample value, and its length. */
    public record Parameter(String name, String value, int length) {}

    /**
     * The channels templates exist for. A Zalo "template" names the template registered and approved at
     * Zalo (ZNS) by its id and gives its parameters ({@link ZnsTemplate}).
     */
    public static List<NotificationChannel> editableChannels() {
        return List.of(
                NotificationChannel.EMAIL,
                NotificationChannel.SMS,
                NotificationChannel.ZALO,
                NotificationChannel.IN_APP);
    }

    /** The version in force, in {@code language} or else in Vietnamese. */
    @Transactional(readOnly = true)
    public Optional<Template> current(Trigger trigger, NotificationChannel channel, String language) {
        Optional<Template> found = latest(trigger, channel, language);
        return found.isPresent() || "vi".equals(language) ? found : latest(trigger, channel, "vi");
    }

    private Optional<Template> latest(Trigger trigger, NotificationChannel channel, String language) {
        return jdbc.sql("""
                        select * from notification.template where trigger = ? and channel = ? and language = ?
                         order by version desc limit 1""")
                .params(trigger.name(), channel.name(), language)
                .query(Templates::template)
                .optional();
    }

    /** The version in force of every template, by trigger, channel and language. */
    @Transactional(readOnly = true)
    public List<Template> all() {
        return jdbc.sql("""
                        select distinct on (trigger, channel, language) * from notification.template
                         order by trigger, channel, language, version desc""").query(Templates::template).list();
    }

    /** Every saved version, newest first. */
    @Transactional(readOnly = true)
    public List<Template> versions(Trigger trigger, NotificationChannel channel, String language) {
        return jdbc.sql("""
                        select * from notification.template where trigger = ? and channel = ? and language = ?
                         order by version desc""")
                .params(trigger.name(), channel.name(), language)
                .query(Templates::template)
                .list();
    }

    /** Saves a new version in force from now on, or refuses it (400) naming the field. */
    @Transactional
    public Template save(
            Trigger trigger, NotificationChannel channel, String language, String subject, String body, String by) {
        checkTarget(channel, language);
        String s = Text.clean(subject);
        String b = Text.clean(body);
        check(trigger, channel, s, b);
        // two administrators saving the same template at once: the second waits and takes the next version
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("notification.template:" + trigger + ":" + channel + ":" + language)
                .query((rs, row) -> 1)
                .list();
        int version = jdbc.sql("""
                        select coalesce(max(version), 0) + 1 from notification.template
                         where trigger = ? and channel = ? and language = ?""")
                .params(trigger.name(), channel.name(), language)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into notification.template (trigger, channel, language, version, subject, body, saved_at, saved_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        trigger.name(),
                        channel.name(),
                        language,
                        version,
                        channel == NotificationChannel.SMS ? null : s,
                        b,
                        java.sql.Timestamp.from(clock.instant()),
                        by)
                .update();
        return latest(trigger, channel, language).orElseThrow();
    }

    /** The text rendered with sample values; refused as {@link #save} would refuse it. */
    public Preview preview(Trigger trigger, NotificationChannel channel, String subject, String body) {
        String s = Text.clean(subject);
        String b = Text.clean(body);
        check(trigger, channel, s, b);
        Map<String, String> values = samples(trigger);
        if (channel == NotificationChannel.ZALO) {
            Map<String, String> data = ZnsTemplate.render(b, values);
            String lines = ZnsTemplate.lines(data);
            return new Preview(
                    s,
                    lines,
                    null,
                    lines.length(),
                    0,
                    true,
                    0,
                    trigger.placeholders(),
                    data.entrySet().stream()
                            .map(e -> new Parameter(
                                    e.getKey(), e.getValue(), e.getValue().length()))
                            .toList());
        }
        String text = TemplateText.render(b, values);
        SmsText sms = SmsText.of(text);
        String unaccented = SmsText.unaccented(text);
        return new Preview(
                TemplateText.render(s, values),
                text,
                unaccented,
                sms.units(),
                sms.segments(),
                !sms.gsm7(),
                SmsText.of(unaccented).segments(),
                trigger.placeholders(),
                List.of());
    }

    private static void checkTarget(NotificationChannel channel, String language) {
        List<FieldError> errors = new ArrayList<>();
        if (!editableChannels().contains(channel)) {
            errors.add(new FieldError("channel", "Invalid", null));
        }
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "Invalid", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
    }

    private static void check(Trigger trigger, NotificationChannel channel, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new FieldError("body", "NotBlank", null));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "Size", null));
        }
        boolean titled = channel == NotificationChannel.EMAIL || channel == NotificationChannel.IN_APP;
        if (titled && subject == null) {
            errors.add(new FieldError("subject", "NotBlank", null));
        } else if (titled && subject.length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "Size", null));
        }
        boolean zalo = channel == NotificationChannel.ZALO;
        if (zalo && subject == null) {
            errors.add(new FieldError("subject", "NotBlank", null));
        } else if (zalo && !ZnsTemplate.ID.matcher(subject).matches()) {
            errors.add(new FieldError("subject", "ZnsTemplateId", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        if (zalo) {
            try {
                if (ZnsTemplate.parameters(body).isEmpty()) {
                    throw new ZnsTemplate.Malformed(1, body);
                }
            } catch (ZnsTemplate.Malformed e) {
                throw DomainException.invalid(
                        "notification.zns_malformed",
                        List.of(new FieldError("body", "ZnsParameters", null)),
                        Integer.toString(e.line),
                        e.getMessage());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String text : titled ? List.of(subject, body) : List.of(body)) {
            TemplateText.placeholders(text).stream()
                    .filter(p -> !trigger.allows(p) && !unknown.contains(p))
                    .forEach(unknown::add);
        }
        if (!unknown.isEmpty()) {
            String field = TemplateText.placeholders(body).stream().anyMatch(unknown::contains) ? "body" : "subject";
            throw DomainException.invalid(
                    "notification.unknown_placeholder",
                    List.of(new FieldError(field, "UnknownPlaceholder", null)),
                    String.join(", ", unknown.stream().map(p -> "{" + p + "}").toList()),
                    String.join(
                            ", ",
                            trigger.placeholders().stream()
                                    .map(p -> "{" + p + "}")
                                    .toList()));
        }
        if (zalo) {
            for (Map.Entry<String, String> p :
                    ZnsTemplate.render(body, samples(trigger)).entrySet()) {
                if (p.getValue().length() > ZnsTemplate.MAX_VALUE) {
                    throw DomainException.invalid(
                            "notification.zns_too_long",
                            List.of(new FieldError("body", "ZnsTooLong", null)),
                            p.getKey(),
                            Integer.toString(p.getValue().length()),
                            Integer.toString(ZnsTemplate.MAX_VALUE));
                }
            }
        }
        if (channel == NotificationChannel.SMS) {
            int segments =
                    SmsText.of(TemplateText.render(body, samples(trigger))).segments();
            if (segments > SmsText.MAX_SEGMENTS) {
                throw DomainException.invalid(
                        "notification.sms_too_long",
                        List.of(new FieldError("body", "SmsTooLong", null)),
                        segments,
                        SmsText.MAX_SEGMENTS);
            }
        }
    }

    /** Values of a typical length for each placeholder: what an SMS is measured with. */
    static Map<String, String> samples(Trigger trigger) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("applicant", "Nguyễn Thị Minh Khai");
        all.put("officer", "Trần Văn Bình");
        all.put("dossierCode", "000.00.01.H41-261203-0001");
        all.put("procedure", "Cấp giấy phép hành nghề khoan nước dưới đất");
        all.put("trackingLink", "https://dichvucong.example.vn/tra-cuu/000.00.01.H41-261203-0001");
        all.put("appointment", "09:00 15/12/2026");
        all.put("newDate", "09:00 22/12/2026");
        all.put("reason", "Cần xác minh thêm thông tin");
        all.put("missing", "Bản sao giấy chứng nhận quyền sử dụng đất");
        all.put("outcome", "Đã có kết quả");
        all.put("collect", "Nhận tại Trung tâm Phục vụ hành chính công");
        all.put("stepDue", "16:30 10/12/2026");
        all.put("day", "02/12/2026");
        all.put("received", "124");
        all.put("resolved", "97");
        all.put("resolvedLate", "3");
        all.put("overdue", "5");
        all.put("dueSoon", "18");
        all.put("overdueLink", "https://dichvucong.example.vn/can-bo/ho-so?view=center&due=overdue");
        all.put("dueSoonLink", "https://dichvucong.example.vn/can-bo/ho-so?view=center&due=soon");
        all.put("code", "123456");
        all.put("minutes", "10");
        all.put("centerName", "Trung tâm Phục vụ hành chính công tỉnh");
        all.put("centerAddress", "Số 1 đường Trần Phú");
        all.put("hotline", "1900 1234");
        Set<String> allowed = Set.copyOf(trigger.placeholders());
        all.keySet().retainAll(allowed);
        return all;
    }

    private static Template template(ResultSet rs, int row) throws SQLException {
        return new Template(
                Trigger.valueOf(rs.getString("trigger")),
                NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("language"),
                rs.getInt("version"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getTimestamp("saved_at").toInstant(),
                rs.getString("saved_by"));
    }
}
