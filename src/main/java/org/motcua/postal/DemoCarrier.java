package org.motcua.postal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The carrier built into the application in demo mode: it accepts orders (idempotent on our reference),
 * numbers them like real registered mail (UPU S10: two letters, eight digits, a check digit, {@code VN}),
 * quotes the tariff, and lets the "Mô phỏng bưu tá" page move a parcel along with ViettelPost's status codes.
 * Its books are {@code postal.demo_parcel}; no parcel moves anywhere.
 */
final class DemoCarrier implements CarrierClient {

    /** The statuses the postman simulator offers, in ViettelPost's codes and names. */
    static final Map<Integer, String> STATUSES = Map.of(
            100, "Đơn hàng mới tạo",
            105, "Bưu tá đã nhận hàng",
            300, "Đang vận chuyển",
            500, "Đang giao hàng",
            501, "Giao hàng thành công",
            507, "Giao không thành công: người nhận vắng nhà",
            504, "Đã chuyển hoàn về người gửi");

    private static final int[] S10_WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private final JdbcClient jdbc;
    private final PostalSettings.Tariff tariff;
    private final Clock clock;

    DemoCarrier(JdbcClient jdbc, PostalSettings.Tariff tariff, Clock clock) {
        this.jdbc = jdbc;
        this.tariff = tariff;
        this.clock = clock;
    }

    @Override
    public long price(Parcel parcel) {
        return tariff.postage(parcel.weightGrams());
    }

    @Override
    public Created create(Parcel parcel) {
        Optional<Created> known = jdbc.sql(
                        "select tracking_number, postage_vnd from postal.demo_parcel where reference = ?")
                .param(parcel.reference())
                .query((rs, n) -> new Created(rs.getString(1), rs.getLong(2)))
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        long serial = jdbc.sql("select nextval('postal.demo_parcel_serial')")
                .query(Long.class)
                .single();
        String number = s10("HL", 10_000_000 + serial);
        long postage = price(parcel);
        jdbc.sql("""
                insert into postal.demo_parcel (tracking_number, reference, status_code, status_name, status_at, receiver, postage_vnd)
                values (?, ?, 100, ?, ?, ?, ?) on conflict (reference) do nothing""")
                .params(
                        number,
                        parcel.reference(),
                        STATUSES.get(100),
                        LocalDateTime.now(clock),
                        parcel.receiver().address(),
                        postage)
                .update();
        // Two creates racing on one reference: the first row wins and both answer its number.
        return jdbc.sql("select tracking_number, postage_vnd from postal.demo_parcel where reference = ?")
                .param(parcel.reference())
                .query((rs, n) -> new Created(rs.getString(1), rs.getLong(2)))
                .single();
    }

    @Override
    public List<StatusReport> track(String trackingNumber, String reference) {
        return jdbc.sql(
                        "select tracking_number, reference, status_code, status_name, status_at from postal.demo_parcel where reference = ?")
                .param(reference)
                .query((rs, n) -> new StatusReport(
                        rs.getString(1),
                        rs.getString(2),
                        String.valueOf(rs.getInt(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(),
                        null))
                .list();
    }

    /** The simulated postman moves the parcel: the status it now has, as the carrier would report it. */
    Optional<StatusReport> move(String trackingNumber, int code) {
        String name = STATUSES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("not a simulated status: " + code);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        int changed = jdbc.sql(
                        "update postal.demo_parcel set status_code = ?, status_name = ?, status_at = ? where tracking_number = ?")
                .params(code, name, now, trackingNumber)
                .update();
        if (changed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select reference from postal.demo_parcel where tracking_number = ?")
                .param(trackingNumber)
                .query(String.class)
                .optional()
                .map(reference -> new StatusReport(trackingNumber, reference, String.valueOf(code), name, now, null));
    }

    /** A UPU S10 item number: prefix, 8 digits, the check digit, the country. */
    static String s10(String prefix, long serial) {
        String digits = String.format("%08d", serial % 100_000_000);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * S10_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return prefix + digits + check + "VN";
    }
}
