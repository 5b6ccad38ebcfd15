package org.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DossierCodesIntegrationTests {

    @Autowired
    DossierCodes codes;

    @Autowired
    TransactionTemplate tx;

    /** As a receipt takes its code: in its own transaction. */
    private DossierCode next(String unit, LocalDate day) {
        return tx.execute(status -> codes.next(unit, day));
    }

    @Test
    void manyDesksReceivingAtOnceNeverShareACode() throws Exception {
        int threads = 16;
        int perThread = 40;
        LocalDate day = LocalDate.of(2026, 3, 16);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        assertThat(seen.add(next("000.00.01.H41", day).toString()))
                                .isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        assertThat(seen).hasSize(threads * perThread);
        assertThat(seen)
                .containsAll(IntStream.rangeClosed(1, threads * perThread)
                        .mapToObj(n -> String.format("000.00.01.H41-260316-%04d", n))
                        .toList());
    }

    @Test
    void eachUnitAndDayCountsFromOne() {
        LocalDate day = LocalDate.of(2026, 3, 17);
        assertThat(next("000.00.51.H41", day)).hasToString("000.00.51.H41-260317-0001");
        assertThat(next("000.00.51.H41", day)).hasToString("000.00.51.H41-260317-0002");
        assertThat(next("000.00.52.H41", day)).hasToString("000.00.52.H41-260317-0001");
        assertThat(next("000.00.51.H41", day.plusDays(1))).hasToString("000.00.51.H41-260318-0001");
    }

    @Test
    void aReceiptThatFailsGivesItsNumberBack() {
        LocalDate day = LocalDate.of(2026, 3, 19);
        assertThat(next("000.00.53.H41", day)).hasToString("000.00.53.H41-260319-0001");
        tx.executeWithoutResult(status -> {
            assertThat(codes.next("000.00.53.H41", day)).hasToString("000.00.53.H41-260319-0002");
            status.setRollbackOnly(); // the receipt failed after taking its code
        });
        assertThat(next("000.00.53.H41", day)).hasToString("000.00.53.H41-260319-0002");
    }

    @Test
    void aReceiptInFlightDoesNotHoldUpTheNext() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 23);
        next("000.00.55.H41", day); // the day's first block is handed out
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<DossierCode> slow = pool.submit(() -> tx.execute(status -> {
                DossierCode code = codes.next("000.00.55.H41", day);
                taken.countDown();
                await(release); // still writing its receipt
                return code;
            }));
            taken.await();
            // Before: every receipt of the unit waited here until the one in flight committed.
            Future<DossierCode> quick =
                    Executors.newVirtualThreadPerTaskExecutor().submit(() -> next("000.00.55.H41", day));
            assertThat(quick.get(10, java.util.concurrent.TimeUnit.SECONDS)).hasToString("000.00.55.H41-260323-0003");
            release.countDown();
            assertThat(slow.get()).hasToString("000.00.55.H41-260323-0002");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCodeIsOnlyTakenInsideTheReceiptsTransaction() {
        // On its own, a number would be committed whatever became of the receipt: a gap.
        assertThatThrownBy(() -> codes.next("000.00.54.H41", LocalDate.of(2026, 3, 20)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
