package org.motcua.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.payments.PaymentsStore.PaymentRow;
import org.motcua.payments.PaymentsStore.ReceiptRow;
import org.motcua.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reconciliation: every online payment created on a day is asked about at its gateway ({@code
 * querydr}) and compared with the ledger; what disagrees is listed for an accountant (center managers and
 * administrators; supervisors read). Also the State Treasury export: the receipts and refunds of an agency
 * over a period, as an .xlsx workbook.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    static final java.util.Set<Role> READERS = EnumSet.of(Role.CENTER_MANAGER, Role.ADMIN, Role.SUPERVISOR);

    private final JdbcClient jdbc;
    private final PaymentsStore store;
    private final GatewayStore gateways;
    private final VnpayApi vnpay;
    private final Catalog catalog;
    private final Clock clock;

    Reconciliation(
            JdbcClient jdbc, PaymentsStore store, GatewayStore gateways, VnpayApi vnpay, Catalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.gateways = gateways;
        this.vnpay = vnpay;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.payments.reconcile-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "payments.daily-reconciliation", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void daily() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        for (GatewaySettings s : gateways.all()) {
            if (s.enabled() && s.provider() == PaymentMethod.VNPAY) {
                reconcile(s.agencyId(), yesterday);
            }
        }
    }

    /** Compares one agency's day; a later run of the same day replaces what is shown. */
    @Transactional
    public ReconciliationRun reconcile(UUID agencyId, LocalDate day) {
        GatewaySettings s =
                gateways.of(agencyId).orElseThrow(() -> DomainException.unprocessable("payments.no_gateway", agencyId));
        List<PaymentRow> payments = store.onlineCreated(
                agencyId, day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        long run = jdbc.sql("""
                        insert into payments.reconciliation_run (day, agency_id, checked, mismatches, ran_at)
                        values (:d, :a, 0, 0, :at) returning id
                        """)
                .param("d", day)
                .param("a", agencyId)
                .param("at", now)
                .query(Long.class)
                .single();
        int mismatches = 0;
        for (PaymentRow p : payments) {
            String kind;
            Long gatewayVnd = null;
            String gatewayStatus = null;
            try {
                VnpayApi.Answer a = vnpay.querydr(s, p);
                gatewayVnd = a.amountVnd();
                gatewayStatus = a.verified() ? a.responseCode() + "/" + a.transactionStatus() : "97";
                kind = compare(p, a);
            } catch (VnpayApi.Unreachable e) {
                kind = "GATEWAY_UNREACHABLE";
            }
            if (kind != null) {
                mismatches++;
                jdbc.sql("""
                                insert into payments.mismatch (run_id, day, agency_id, payment_id, reference, kind,
                                    ledger_vnd, gateway_vnd, gateway_status, found_at)
                                values (:run, :d, :a, :p, :r, :k, :l, :g, :gs, :at)
                                """)
                        .param("run", run)
                        .param("d", day)
                        .param("a", agencyId)
                        .param("p", p.id())
                        .param("r", p.reference())
                        .param("k", kind)
                        .param("l", p.status() == PaymentStatus.PAID ? p.amountVnd() - p.refundedVnd() : 0)
                        .param("g", gatewayVnd)
                        .param("gs", gatewayStatus)
                        .param("at", now)
                        .update();
            }
        }
        jdbc.sql("update payments.reconciliation_run set checked = :c, mismatches = :m where id = :id")
                .param("c", payments.size())
                .param("m", mismatches)
                .param("id", run)
                .update();
        log.info(
                "reconciled {} payments of agency {} on {}: {} mismatches", payments.size(), agencyId, day, mismatches);
        return new ReconciliationRun(run, day, agencyId, agencyName(agencyId), payments.size(), mismatches, now);
    }

    /** Null when the ledger and the gateway agree. */
    static String compare(PaymentRow p, VnpayApi.Answer a) {
        if (!a.verified()) {
            return "GATEWAY_UNREACHABLE";
        }
        boolean paidThere = a.paid() || "05".equals(a.transactionStatus()) || "06".equals(a.transactionStatus());
        boolean paidHere = p.status() == PaymentStatus.PAID;
        if (paidHere && !paidThere) {
            return "PAID_HERE_NOT_AT_GATEWAY";
        }
        if (!paidHere && paidThere) {
            return "PAID_AT_GATEWAY_NOT_HERE";
        }
        if (paidHere && a.amountVnd() != null && a.amountVnd() != p.amountVnd()) {
            return "AMOUNT_DIFFERS";
        }
        boolean refundedThere = "05".equals(a.transactionStatus()) || "06".equals(a.transactionStatus());
        if (paidHere && refundedThere != (p.refundedVnd() > 0)) {
            return "REFUND_DIFFERS";
        }
        return null;
    }

    // ---- reads for the accountant ----------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ReconciliationRun> runs(LocalDate from, LocalDate to, CurrentUser user) {
        Payments.require(user, READERS);
        return jdbc
                .sql("""
                        select distinct on (day, agency_id) * from payments.reconciliation_run
                        where day between :f and :t order by day desc, agency_id, id desc
                        """)
                .param("f", from)
                .param("t", to)
                .query((rs, n) -> {
                    UUID agency = rs.getObject("agency_id", UUID.class);
                    return new ReconciliationRun(
                            rs.getLong("id"),
                            rs.getObject("day", LocalDate.class),
                            agency,
                            agencyName(agency),
                            rs.getInt("checked"),
                            rs.getInt("mismatches"),
                            rs.getObject("ran_at", LocalDateTime.class));
                })
                .list()
                .stream()
                .filter(r -> visible(user, r.agencyId()))
                .toList();
    }

    /** The mismatches of the latest run of each day and agency in the period. */
    @Transactional(readOnly = true)
    public List<Mismatch> mismatches(LocalDate from, LocalDate to, CurrentUser user) {
        Payments.require(user, READERS);
        return jdbc
                .sql("""
                        select m.*, p.dossier_code from payments.mismatch m
                        join payments.payment p on p.id = m.payment_id
                        where m.run_id in (select distinct on (day, agency_id) id from payments.reconciliation_run
                                           where day between :f and :t order by day, agency_id, id desc)
                        order by m.day desc, m.id
                        """)
                .param("f", from)
                .param("t", to)
                .query((rs, n) -> new Mismatch(
                        rs.getObject("day", LocalDate.class),
                        rs.getObject("agency_id", UUID.class),
                        rs.getObject("payment_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("dossier_code"),
                        rs.getString("kind"),
                        rs.getLong("ledger_vnd"),
                        (Long) rs.getObject("gateway_vnd"),
                        rs.getString("gateway_status"),
                        rs.getObject("found_at", LocalDateTime.class)))
                .list()
                .stream()
                .filter(m -> visible(user, m.agencyId()))
                .toList();
    }

    /** Runs the comparison now (an accountant re-checking a day after settling a mismatch). */
    @Transactional
    public ReconciliationRun reconcileNow(UUID agencyId, LocalDate day, CurrentUser user) {
        Payments.require(user, EnumSet.of(Role.CENTER_MANAGER, Role.ADMIN));
        if (!visible(user, agencyId)) {
            throw new DomainException("payments.forbidden", org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return reconcile(agencyId, day);
    }

    /** An agency with a merchant account, as the accountant picks it. */
    public record MerchantAgency(UUID id, String name) {}

    @Transactional(readOnly = true)
    public List<MerchantAgency> agencies(CurrentUser user) {
        Payments.require(user, READERS);
        return gateways.all().stream()
                .filter(s -> visible(user, s.agencyId()))
                .map(s -> new MerchantAgency(s.agencyId(), agencyName(s.agencyId())))
                .toList();
    }

    private boolean visible(CurrentUser user, UUID agencyId) {
        return user.hasRole(Role.ADMIN)
                || user.hasRole(Role.SUPERVISOR)
                || catalog.agenciesAndDescendants(user.agencyIds()).contains(agencyId)
                || user.agencyIds().contains(agencyId);
    }

    private String agencyName(UUID agencyId) {
        return catalog.agency(agencyId).map(AgencyView::name).orElse(agencyId.toString());
    }

    // ---- the State Treasury export ---------------------------------------------------------------

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The receipts (and refunds) of an agency from {@code from} to {@code to} inclusive, as .xlsx. */
    @Transactional(readOnly = true)
    public byte[] treasuryWorkbook(UUID agencyId, LocalDate from, LocalDate to, CurrentUser user) {
        Payments.require(user, READERS);
        if (!visible(user, agencyId)) {
            throw new DomainException("payments.forbidden", org.springframework.http.HttpStatus.FORBIDDEN);
        }
        if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new org.motcua.shared.FieldError("to", "Period", null)));
        }
        List<ReceiptRow> receipts =
                store.receipts(agencyId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        List<Object[]> refunds = jdbc.sql("""
                        select l.at, l.dossier_code, l.amount_vnd, l.note, p.reference, p.method
                        from payments.ledger_entry l join payments.payment p on p.id = l.payment_id
                        where l.agency_id = :a and l.kind = 'REFUNDED' and l.at >= :f and l.at < :t order by l.seq
                        """)
                .param("a", agencyId)
                .param("f", from.atStartOfDay())
                .param("t", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Object[] {
                    rs.getObject("at", LocalDateTime.class),
                    rs.getString("dossier_code"),
                    rs.getLong("amount_vnd"),
                    rs.getString("note"),
                    rs.getString("reference"),
                    rs.getString("method")
                })
                .list();
        String agency = agencyName(agencyId);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Sheet sheet = book.createSheet("Bien lai thu");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue("BẢNG KÊ BIÊN LAI THU PHÍ, LỆ PHÍ");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue("Đơn vị thu: " + agency);
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue("Từ ngày " + DATE.format(from) + " đến ngày " + DATE.format(to));
            r++;
            String[] head = {
                "STT",
                "Ngày",
                "Ký hiệu",
                "Số biên lai",
                "Mã hồ sơ",
                "Người nộp",
                "Nội dung thu",
                "Hình thức",
                "Số tiền (đồng)",
                "Mã biên lai điện tử"
            };
            Row h = sheet.createRow(r++);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
                h.getCell(i).setCellStyle(bold);
            }
            long total = 0;
            int no = 1;
            for (ReceiptRow rr : receipts) {
                ReceiptView v = rr.view();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(no++);
                row.createCell(1).setCellValue(DATE.format(v.issuedAt()));
                row.createCell(2).setCellValue(v.series());
                row.createCell(3).setCellValue(v.numberText());
                row.createCell(4).setCellValue(rr.dossierCode());
                row.createCell(5).setCellValue(v.payerName() == null ? "" : v.payerName());
                row.createCell(6)
                        .setCellValue(String.join(
                                "; ",
                                rr.lines().stream().map(AssessedLine::name).toList()));
                row.createCell(7).setCellValue(v.method().name());
                row.createCell(8).setCellValue(v.amountVnd());
                row.getCell(8).setCellStyle(money);
                row.createCell(9).setCellValue(v.eReceiptCode() == null ? "" : v.eReceiptCode());
                total += v.amountVnd();
            }
            long refunded = 0;
            for (Object[] f : refunds) {
                refunded += (Long) f[2];
            }
            Row t = sheet.createRow(r++);
            t.createCell(7).setCellValue("Tổng thu");
            t.getCell(7).setCellStyle(bold);
            t.createCell(8).setCellValue(total);
            t.getCell(8).setCellStyle(money);
            Row rf = sheet.createRow(r++);
            rf.createCell(7).setCellValue("Đã hoàn trả");
            rf.createCell(8).setCellValue(refunded);
            rf.getCell(8).setCellStyle(money);
            Row net = sheet.createRow(r++);
            net.createCell(7).setCellValue("Số nộp ngân sách");
            net.getCell(7).setCellStyle(bold);
            net.createCell(8).setCellValue(total - refunded);
            net.getCell(8).setCellStyle(money);
            Sheet rs = book.createSheet("Hoan tra");
            Row rh = rs.createRow(0);
            String[] rhead = {"Ngày", "Mã hồ sơ", "Mã giao dịch", "Hình thức", "Số tiền (đồng)", "Lý do"};
            for (int i = 0; i < rhead.length; i++) {
                rh.createCell(i).setCellValue(rhead[i]);
                rh.getCell(i).setCellStyle(bold);
            }
            int i = 1;
            for (Object[] f : refunds) {
                Row row = rs.createRow(i++);
                row.createCell(0).setCellValue(DATE.format((LocalDateTime) f[0]));
                row.createCell(1).setCellValue((String) f[1]);
                row.createCell(2).setCellValue((String) f[4]);
                row.createCell(3).setCellValue((String) f[5]);
                row.createCell(4).setCellValue((Long) f[2]);
                row.createCell(5).setCellValue(f[3] == null ? "" : (String) f[3]);
            }
            for (int c = 0; c < head.length; c++) {
                sheet.setColumnWidth(c, c == 6 ? 12_000 : 4_500);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
