package org.motcua.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierView;
import org.motcua.shared.DomainException;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's invariants under a random mix of payments, refunds and repeated IPNs; receipt numbering. */
class LedgerIntegrationTests extends PaymentsTestSupport {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theLedgerBalancesAfterARandomSequenceOfPaymentsRefundsAndDuplicateIpns() throws Exception {
        Random random = new Random(20261203);
        List<DossierView> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            DossierView d = lltpAtCounter("Người nộp " + i, 10 + i);
            payments.assess(
                    d.code(),
                    new AssessmentRequest(List.of(new FeeLineInput(0, null, null, null, null)), null, null, null),
                    desk);
            all.add(d);
        }
        List<Map<String, String>> paidIpns = new ArrayList<>();
        int refused = 0;
        for (int step = 0; step < 60; step++) {
            DossierView d = all.get(random.nextInt(all.size()));
            long owed = store.owed(d.id());
            switch (random.nextInt(5)) {
                case 0 -> { // cash, sometimes more than is owed (refused)
                    long amount = 1 + random.nextInt(120_000);
                    try {
                        payments.payAtCounter(
                                d.code(), new CounterPayment(PaymentMethod.CASH, Vnd.of(amount), null), desk);
                    } catch (DomainException e) {
                        assertThat(amount).isGreaterThan(owed);
                        refused++;
                    }
                }
                case 1, 2 -> { // online: paid, failed, or abandoned
                    if (owed <= 0) {
                        continue;
                    }
                    var started = payments.startOnline(d.code(), desk, "10.0.0.1", "https://motcua.test/back", false);
                    Map<String, String> redirect = query(started.redirectUrl());
                    int outcome = random.nextInt(3);
                    if (outcome < 2) {
                        Map<String, String> ipn = ipn(
                                redirect,
                                secretOf(redirect.get("vnp_TmnCode")),
                                outcome == 0 ? "00" : "24",
                                "1" + step);
                        sendIpn(ipn);
                        if (outcome == 0) {
                            paidIpns.add(ipn);
                        }
                    }
                }
                case 3 -> { // a repeated IPN of an earlier payment
                    if (!paidIpns.isEmpty()) {
                        sendIpn(paidIpns.get(random.nextInt(paidIpns.size())));
                    }
                }
                default -> { // refund part of a paid payment
                    List<PaymentsStore.PaymentRow> paid = store.payments(d.id()).stream()
                            .filter(p -> p.status() == PaymentStatus.PAID && p.refundedVnd() < p.amountVnd())
                            .filter(p -> !p.method().isOnline())
                            .toList();
                    if (!paid.isEmpty()) {
                        var p = paid.get(random.nextInt(paid.size()));
                        long amount = 1 + random.nextInt((int) (p.amountVnd() - p.refundedVnd()));
                        payments.refund(p.id(), new RefundRequest(Vnd.of(amount), "Nộp thừa"), manager);
                    }
                }
            }
        }
        assertThat(refused).as("some cash payments were over what was owed").isPositive();
        for (DossierView d : all) {
            List<LedgerEntry> ledger = store.ledger(d.id());
            List<PaymentsStore.PaymentRow> rows = store.payments(d.id());
            long assessed = ledger.stream().mapToLong(LedgerEntry::effectVnd).sum();
            long paidNet = rows.stream()
                    .filter(p -> p.status() == PaymentStatus.PAID)
                    .mapToLong(p -> p.amountVnd() - p.refundedVnd())
                    .sum();
            assertThat(store.owed(d.id()))
                    .isEqualTo(assessed)
                    .isEqualTo(200_000 - paidNet)
                    .isGreaterThanOrEqualTo(0);
            assertThat(store.collected(d.id())).isEqualTo(paidNet);
            // each paid payment is in the ledger exactly once, with one receipt of its amount
            for (var p : rows) {
                long paidEntries = ledger.stream()
                        .filter(e -> e.kind() == LedgerKind.PAID && p.id().equals(e.paymentId()))
                        .count();
                assertThat(paidEntries).isEqualTo(p.status() == PaymentStatus.PAID ? 1 : 0);
                assertThat(store.receiptOf(p.id()).map(r -> r.view().amountVnd()))
                        .isEqualTo(
                                p.status() == PaymentStatus.PAID
                                        ? java.util.Optional.of(p.amountVnd())
                                        : java.util.Optional.empty());
            }
        }
    }

    @Test
    void theLedgerAndTheReceiptsRefuseEveryChange() {
        DossierView d = lltpAtCounter("Đỗ Minh", 20);
        payments.assess(
                d.code(),
                new AssessmentRequest(List.of(new FeeLineInput(0, null, null, null, null)), null, null, null),
                desk);
        var paid = payments.payAtCounter(d.code(), new CounterPayment(PaymentMethod.CASH, Vnd.of(200_000), null), desk);
        assertThatThrownBy(() -> jdbc.sql("update payments.ledger_entry set amount_vnd = 1 where dossier_id = :d")
                        .param("d", d.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from payments.receipt where payment_id = :p")
                        .param("p", paid.id())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        // a receipt number is never given twice in a center's year
        var r = store.receiptOf(paid.id()).orElseThrow();
        var again = new ReceiptView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                r.view().series(),
                r.view().number(),
                r.view().year(),
                1,
                PaymentMethod.CASH,
                null,
                r.view().issuedAt(),
                "x",
                null,
                null);
        assertThatThrownBy(() -> store.insert(
                        new PaymentsStore.ReceiptRow(again, r.centerId(), d.id(), d.code(), r.agencyId(), List.of())))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void parallelReceiptsGetEveryNumberOnceWithNoGapEvenWhenSomeRollBack() throws Exception {
        UUID center = UUID.randomUUID(); // a center of its own: no other test numbers here
        int year = Year.now().getValue();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ConcurrentLinkedQueue<Long> kept = new ConcurrentLinkedQueue<>();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    boolean rollBack = (thread + i) % 5 == 0;
                    try {
                        tx.executeWithoutResult(status -> {
                            long n = store.nextReceiptNumber(center, year);
                            if (rollBack) {
                                throw new IllegalStateException("the issuing transaction failed");
                            }
                            kept.add(n);
                        });
                    } catch (IllegalStateException expected) {
                        // its number goes back to the counter
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<Long> numbers = new ArrayList<>(kept);
        Collections.sort(numbers);
        int committed = threads * each
                - (int) java.util.stream.IntStream.range(0, threads)
                        .mapToLong(t -> java.util.stream.IntStream.range(0, each)
                                .filter(i -> (t + i) % 5 == 0)
                                .count())
                        .sum();
        assertThat(numbers).hasSize(committed);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1L);
        }
    }
}
