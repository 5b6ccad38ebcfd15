package org.motcua.postal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.motcua.postal.CarrierClient.StatusReport;
import org.motcua.shared.Vnd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The postal orders ({@code postal.shipment}) and what carriers reported about them. */
@Component
class Shipments {

    /** What became of a carrier's report. */
    enum Outcome {
        /** Stored, and the state moved. */
        CHANGED,
        /** Stored in the order's history; the state stays (no news, or older than the last). */
        RECORDED,
        /** Already received: nothing changed. */
        DUPLICATE,
        /** No order of ours has this number or reference. */
        UNKNOWN
    }

    record Applied(Outcome outcome, Shipment shipment) {}

    private static final String COLUMNS = """
            id, dossier_id, dossier_code, center_id, direction, attempt, reference, carrier, tracking_number, state,
            state_note, state_at, postage_vnd, person_name, phone, address_text, handed_over, last_error, created_at,
            closed_at, closed_note, account""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Shipments(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    Optional<Shipment> get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from postal.shipment where id = ?")
                .param(id)
                .query(Shipments::row)
                .optional();
    }

    String account(UUID id) {
        return jdbc.sql("select account from postal.shipment where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** The dossier's latest order in that direction. */
    Optional<Shipment> latest(UUID dossierId, Direction direction) {
        return jdbc.sql("select " + COLUMNS
                        + " from postal.shipment where dossier_id = ? and direction = ? order by attempt desc limit 1")
                .params(dossierId, direction.name())
                .query(Shipments::row)
                .optional();
    }

    List<Shipment> all(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS + " from postal.shipment where dossier_id = ? order by direction, attempt")
                .param(dossierId)
                .query(Shipments::row)
                .list();
    }

    /**
     * A new order, written before the carrier is called (its reference is the idempotency key). Two clicks
     * racing insert one row: the second reads the first's.
     */
    @Transactional
    Shipment prepare(
            UUID dossierId,
            String dossierCode,
            UUID centerId,
            Direction direction,
            String account,
            Carrier carrier,
            String personName,
            String phone,
            PostalAddress address,
            int weightGrams,
            UUID by) {
        int attempt = latest(dossierId, direction).map(s -> s.attempt() + 1).orElse(1);
        String reference = dossierCode + (direction == Direction.PICKUP ? "-TG" : "-") + attempt;
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into postal.shipment (id, dossier_id, dossier_code, direction, attempt, reference, center_id, account,
                    carrier, person_name, phone, province_code, commune_code, street, address_text, weight_grams, state,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PREPARING', ?, ?)
                on conflict do nothing""")
                .params(
                        id,
                        dossierId,
                        dossierCode,
                        direction.name(),
                        attempt,
                        reference,
                        centerId,
                        account,
                        carrier.name(),
                        personName,
                        phone,
                        address.provinceCode(),
                        address.communeCode(),
                        address.street(),
                        address.text(),
                        weightGrams,
                        now(),
                        by)
                .update();
        return inserted == 1
                ? get(id).orElseThrow()
                : latest(dossierId, direction).orElseThrow();
    }

    /** The parcel as the carrier needs it again (a retry with the same reference). */
    PostalAddress address(UUID id) {
        return jdbc.sql("""
                select province_code, commune_code, street, address_text from postal.shipment where id = ?""")
                .param(id)
                .query((rs, n) -> new PostalAddress(rs.getString(1), null, rs.getString(2), null, rs.getString(3)))
                .single();
    }

    int weight(UUID id) {
        return jdbc.sql("select weight_grams from postal.shipment where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Transactional
    Shipment created(UUID id, String trackingNumber, Long postageVnd) {
        LocalDateTime now = now();
        int changed = jdbc.sql("""
                update postal.shipment set tracking_number = ?, postage_vnd = coalesce(?, postage_vnd), state = 'CREATED',
                    state_at = ?, last_error = null, version = version + 1
                where id = ? and state = 'PREPARING'""").params(trackingNumber, postageVnd, now, id).update();
        Shipment s = get(id).orElseThrow();
        if (changed == 1) {
            publish(s, DeliveryState.PREPARING, "", null);
        }
        return s;
    }

    /**
     * Takes the order for one call to the carrier until {@code until}; false while another call holds it (a
     * second click, or the poll retrying at the same moment), so the carrier is never asked twice at once.
     */
    @Transactional
    boolean claim(UUID id, LocalDateTime until) {
        return jdbc.sql("""
                update postal.shipment set claimed_until = ? where id = ? and state = 'PREPARING'
                and (claimed_until is null or claimed_until < ?)""").params(until, id, now()).update() == 1;
    }

    /** The carrier could not be reached: the order stays PREPARING (retried with the same reference). */
    @Transactional
    void parked(UUID id, String error) {
        jdbc.sql("update postal.shipment set last_error = ?, claimed_until = null, version = version + 1 where id = ?")
                .params(error, id)
                .update();
    }

    /** The carrier refused the order: it is closed, and the next try is a new attempt. */
    @Transactional
    void refused(UUID id, String error) {
        LocalDateTime now = now();
        int changed = jdbc.sql("""
                update postal.shipment set state = 'CANCELLED', state_note = ?, state_at = ?, last_error = ?, version = version + 1
                where id = ? and state = 'PREPARING'""").params(error, now, error, id).update();
        if (changed == 1) {
            publish(get(id).orElseThrow(), DeliveryState.PREPARING, "", error);
        }
    }

    @Transactional
    void handedOver(UUID id) {
        jdbc.sql("update postal.shipment set handed_over = true, version = version + 1 where id = ?")
                .param(id)
                .update();
    }

    @Transactional
    void close(UUID id, String note) {
        jdbc.sql(
                        "update postal.shipment set closed_at = ?, closed_note = ?, version = version + 1 where id = ? and closed_at is null")
                .params(now(), note, id)
                .update();
    }

    /**
     * A carrier's report: kept once in the order's history (a duplicate inserts nothing), then the state
     * moves if the code means something and the report is not older than the state it would replace. An
     * order we never heard back about (PREPARING) learns its tracking number from a report naming our
     * reference.
     */
    @Transactional
    Applied report(Carrier carrier, StatusReport report, String source) {
        Optional<Shipment> found =
                report.trackingNumber() == null || report.trackingNumber().isBlank()
                        ? Optional.empty()
                        : jdbc.sql("select " + COLUMNS
                                        + " from postal.shipment where carrier = ? and tracking_number = ? for update")
                                .params(carrier.name(), report.trackingNumber())
                                .query(Shipments::row)
                                .optional();
        if (found.isEmpty() && report.reference() != null && !report.reference().isBlank()) {
            found = jdbc.sql("select " + COLUMNS
                            + " from postal.shipment where carrier = ? and reference = ? for update")
                    .params(carrier.name(), report.reference())
                    .query(Shipments::row)
                    .optional();
        }
        if (found.isEmpty()) {
            return new Applied(Outcome.UNKNOWN, null);
        }
        Shipment s = found.get();
        LocalDateTime at = report.at() != null ? report.at() : now();
        DeliveryState next = CarrierStatuses.of(carrier, report.code());
        int inserted = jdbc.sql("""
                insert into postal.shipment_event (shipment_id, carrier_code, state, note, at, received_at, source)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(s.id(), report.code(), next == null ? null : next.name(), note(report), at, now(), source)
                .update();
        if (inserted == 0) {
            return new Applied(Outcome.DUPLICATE, s);
        }
        if (s.state() == DeliveryState.PREPARING
                && report.trackingNumber() != null
                && !report.trackingNumber().isBlank()) {
            s = created(s.id(), report.trackingNumber(), null); // recovered: created at the carrier, unrecorded here
        }
        boolean newer = s.stateAt() == null || !at.isBefore(s.stateAt());
        if (next == null
                || next == s.state()
                || s.state().isFinal()
                || s.state() == DeliveryState.CANCELLED
                || !newer) {
            return new Applied(Outcome.RECORDED, s);
        }
        jdbc.sql("""
                update postal.shipment set state = ?, state_code = ?, state_note = ?, state_at = ?, version = version + 1
                where id = ?""")
                .params(next.name(), report.code(), note(report), at, s.id())
                .update();
        Shipment changed = get(s.id()).orElseThrow();
        publish(changed, s.state(), report.code(), note(report));
        return new Applied(Outcome.CHANGED, changed);
    }

    /** Orders the carrier still has news about, oldest news first, for the poll. */
    List<Shipment> open(int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from postal.shipment where state not in ('DELIVERED', 'RETURNED_TO_SENDER', 'CANCELLED')
                 order by coalesce(state_at, created_at) limit ?""")
                .param(limit)
                .query(Shipments::row)
                .list();
    }

    /** Created at the carrier but the dossier's return not recorded yet (the counter's click failed after the carrier answered). */
    List<Shipment> notHandedOver(int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from postal.shipment where direction = 'RETURN' and not handed_over and tracking_number is not null
                 and state not in ('CANCELLED') order by created_at limit ?""")
                .param(limit)
                .query(Shipments::row)
                .list();
    }

    /** Failed returns of these centers waiting for the counter, latest attempt of each dossier only. */
    List<Shipment> awaitingCounter(Set<UUID> centers) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " " + """
                 from postal.shipment s where direction = 'RETURN' and state in ('FAILED', 'RETURNED_TO_SENDER')
                 and closed_at is null and center_id in (:centers)
                 and attempt = (select max(attempt) from postal.shipment o where o.dossier_id = s.dossier_id and o.direction = 'RETURN')
                 order by state_at""")
                .param("centers", centers)
                .query(Shipments::row)
                .list();
    }

    /** What the carrier reported, oldest first. */
    List<Report> history(UUID shipmentId) {
        return jdbc.sql("""
                select carrier_code, state, note, at, source from postal.shipment_event where shipment_id = ? order by at, id""")
                .param(shipmentId)
                .query((rs, n) -> new Report(
                        rs.getString(1),
                        rs.getString(2) == null ? null : DeliveryState.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5)))
                .list();
    }

    /** One carrier report as kept. */
    record Report(String carrierCode, DeliveryState state, String note, LocalDateTime at, String source) {}

    /** Counts by state for a center and period (by the date the order was created), for reports. */
    List<StateCount> counts(Set<UUID> centers, LocalDateTime from, LocalDateTime to) {
        if (centers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select state, count(*) from postal.shipment
                where direction = 'RETURN' and center_id in (:centers) and created_at >= :from and created_at < :to
                group by state order by state""")
                .param("centers", centers)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new StateCount(DeliveryState.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
    }

    /** How many orders are in one state. */
    record StateCount(DeliveryState state, long count) {}

    @Transactional
    void refusedCallback(Carrier carrier, String account, String reason, String body) {
        jdbc.sql(
                        "insert into postal.refused_callback (carrier, account, reason, body, received_at) values (?, ?, ?, ?, ?)")
                .params(
                        carrier.name(),
                        account,
                        reason,
                        body == null ? null : body.substring(0, Math.min(body.length(), 4000)),
                        now())
                .update();
    }

    List<Postal.RefusedCallback> refusedCallbacks(int limit) {
        return jdbc.sql(
                        "select carrier, account, reason, body, received_at from postal.refused_callback order by id desc limit ?")
                .param(limit)
                .query((rs, n) -> new Postal.RefusedCallback(
                        Carrier.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    private void publish(Shipment s, DeliveryState from, String code, String note) {
        events.publishEvent(new DeliveryChanged(
                s.id(),
                s.dossierId(),
                s.dossierCode(),
                s.centerId(),
                s.direction(),
                s.attempt(),
                s.carrier(),
                s.trackingNumber(),
                from,
                s.state(),
                code,
                note,
                s.stateAt() != null ? s.stateAt() : now()));
    }

    private static String note(StatusReport r) {
        String n = r.name() == null ? "" : r.name().strip();
        if (r.note() != null && !r.note().isBlank()) {
            n = n.isEmpty() ? r.note().strip() : n + " – " + r.note().strip();
        }
        return n.isEmpty() ? null : n;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static Shipment row(ResultSet rs, int n) throws SQLException {
        long postage = rs.getLong("postage_vnd");
        boolean noPostage = rs.wasNull();
        return new Shipment(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getObject("center_id", UUID.class),
                Direction.valueOf(rs.getString("direction")),
                rs.getInt("attempt"),
                rs.getString("reference"),
                Carrier.valueOf(rs.getString("carrier")),
                rs.getString("tracking_number"),
                DeliveryState.valueOf(rs.getString("state")),
                rs.getString("state_note"),
                time(rs.getTimestamp("state_at")),
                noPostage ? null : Vnd.of(postage),
                rs.getString("person_name"),
                rs.getString("phone"),
                rs.getString("address_text"),
                rs.getBoolean("handed_over"),
                rs.getString("last_error"),
                time(rs.getTimestamp("created_at")),
                time(rs.getTimestamp("closed_at")),
                rs.getString("closed_note"));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
