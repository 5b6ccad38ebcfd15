package org.motcua.postal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.motcua.postal.CarrierClient.StatusReport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mô phỏng bưu tá" (demo mode only): the demo carrier's parcels, and buttons that move one along as a
 * postman would (picked up, in transit, out for delivery, delivered, nobody home, returned). Each move is
 * reported exactly as a carrier's callback is, so the counter, tracking and notifications follow.
 */
@Controller
@ConditionalOnBooleanProperty("motcua.demo")
class PostmanSimulator {

    /** A parcel in the demo carrier's books. */
    record Parcel(
            String trackingNumber,
            String reference,
            String dossierCode,
            String receiver,
            int statusCode,
            String statusName,
            LocalDateTime statusAt,
            DeliveryState state) {}

    /** A move the postman can make. */
    record Move(int code, String name) {}

    static final List<Move> MOVES = List.of(105, 300, 500, 501, 507, 504).stream()
            .map(c -> new Move(c, DemoCarrier.STATUSES.get(c)))
            .toList();

    private final Postal postal;
    private final CarrierAccounts accounts;
    private final JdbcClient jdbc;

    PostmanSimulator(Postal postal, CarrierAccounts accounts, JdbcClient jdbc) {
        this.postal = postal;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @GetMapping("/demo/buu-ta")
    String page(Model model) {
        List<Parcel> parcels = jdbc.sql("""
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
        model.addAttribute("parcels", parcels);
        model.addAttribute("moves", MOVES);
        return "postal/postman";
    }

    @PostMapping("/demo/buu-ta/{trackingNumber}")
    String move(@PathVariable String trackingNumber, @RequestParam int code, RedirectAttributes redirect) {
        DemoCarrier carrier = accounts.named(CarrierAccounts.DEMO)
                .map(a -> (DemoCarrier) a.client())
                .orElseThrow();
        if (MOVES.stream().noneMatch(m -> m.code() == code)) {
            redirect.addFlashAttribute("moved", "invalid");
            return "redirect:/demo/buu-ta";
        }
        Optional<StatusReport> report = carrier.move(trackingNumber, code);
        report.ifPresent(r -> postal.report(Carrier.DEMO, r, "SIMULATOR"));
        redirect.addFlashAttribute("moved", report.isPresent() ? trackingNumber : "unknown");
        return "redirect:/demo/buu-ta";
    }
}
