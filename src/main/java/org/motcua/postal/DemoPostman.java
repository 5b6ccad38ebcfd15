package org.motcua.postal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.motcua.postal.CarrierClient.StatusReport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo carrier's postman (demo mode only): its parcels, and moves that take one along as a postman
 * would (picked up, in transit, out for delivery, delivered, nobody home, returned). Each move is reported
 * exactly as a carrier's callback is, so the counter, tracking and notifications follow. The page is
 * "Mô phỏng bưu tá" ({@code /demo/buu-ta}).
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
public class DemoPostman {

    /** A parcel in the demo carrier's books. */
    public record Parcel(
            String trackingNumber,
            String reference,
            String dossierCode,
            String receiver,
            int statusCode,
            String statusName,
            LocalDateTime statusAt,
            DeliveryState state) {}

    /** A move the postman can make, in ViettelPost's status codes. */
    public record Move(int code, String name) {}

    public static final List<Move> MOVES = List.of(105, 300, 500, 501, 507, 504).stream()
            .map(c -> new Move(c, DemoCarrier.STATUSES.get(c)))
            .toList();

    private final Postal postal;
    private final CarrierAccounts accounts;
    private final JdbcClient jdbc;

    DemoPostman(Postal postal, CarrierAccounts accounts, JdbcClient jdbc) {
        this.postal = postal;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** The latest parcels, those still travelling first. */
    public List<Parcel> parcels() {
        return jdbc.sql("""
                select p.tracking_number, p.reference, s.dossier_code, p.receiver, p.status_code, p.status_name, p.status_at, s.state
                from postal.demo_parcel p left join postal.shipment s on s.reference = p.reference
                order by p.status_code in (501, 504), p.status_at desc limit 100""")
                .query((rs, n) -> new Parcel(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toLocalDateTime(),
                        rs.getString(8) == null ? null : DeliveryState.valueOf(rs.getString(8))))
                .list();
    }

    /** Moves the parcel and reports it as the carrier would; false for an unknown parcel or move. */
    public boolean move(String trackingNumber, int code) {
        if (MOVES.stream().noneMatch(m -> m.code() == code)) {
            return false;
        }
        Optional<DemoCarrier> carrier = accounts.named(CarrierAccounts.DEMO)
                .filter(a -> a.client() instanceof DemoCarrier)
                .map(a -> (DemoCarrier) a.client());
        Optional<StatusReport> report = carrier.flatMap(c -> c.move(trackingNumber, code));
        report.ifPresent(r -> postal.report(Carrier.DEMO, r, "SIMULATOR"));
        return report.isPresent();
    }
}
