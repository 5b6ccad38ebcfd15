package org.motcua.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.apache.pdfbox.Loader;

/**
 * Receipts per second (rendered only, and issued: rendered and stored content-addressed) on 1 and 2
 * threads after a warm-up, then a 1,000-row tracking book as PDF and as xlsx (median of 10 after 3
 * warm-up runs). Each receipt has its own code, so every QR code and every stored file differs.
 */
public final class FormsBenchmark {

    private static final DossierForm.Issuer CENTER = new DossierForm.Issuer(
            "UBND tỉnh Hồng Lam", "Trung tâm Phục vụ hành chính công tỉnh", "Hồng Lam", "0239 3 888 888");

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path storage = Files.createTempDirectory("forms-bench");
        Forms forms = new Forms(
                new PdfRenderer(),
                new FileStore(new LocalFileStorage(storage)),
                "https://dichvucong.honglam.gov.vn");
        System.out.println("receipt size: " + forms.render(receipt(0)).length + " bytes");
        for (int i = 0; i < 300; i++) {
            forms.render(receipt(i));
        }
        System.out.printf("render receipt, 1 thread:  %.0f receipts/s%n", rate(1, seconds, i -> forms.render(receipt(i))));
        System.out.printf("render receipt, 2 threads: %.0f receipts/s%n", rate(2, seconds, i -> forms.render(receipt(i))));
        System.out.printf("issue receipt (render + store), 1 thread: %.0f receipts/s%n",
                rate(1, seconds, i -> forms.issue(receipt(i))));

        TrackingBook book = book(1000);
        byte[] pdf = forms.render(book);
        try (var document = Loader.loadPDF(pdf)) {
            System.out.println("tracking book: 1,000 rows, " + document.getNumberOfPages() + " pages, " + pdf.length + " bytes");
        }
        System.out.printf("tracking book PDF, 1,000 rows: median %d ms%n", median(() -> forms.render(book)));
        System.out.printf("tracking book xlsx, 1,000 rows: median %d ms%n", median(() -> forms.workbook(book)));
    }

    private static double rate(int threads, int seconds, IntConsumer work) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Integer>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int offset = t * 1_000_000;
                counts.add(pool.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        work.accept(offset + n++);
                    }
                    return n;
                }));
            }
            Thread.sleep(seconds * 1000L);
            stop.set(true);
            int total = 0;
            for (Future<Integer> c : counts) {
                total += c.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static long median(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    static DossierForm receipt(int n) {
        LocalDateTime received = LocalDateTime.of(2026, 3, 5, 9, 30).plusMinutes(n % 500);
        return new DossierForm(
                FormKind.RECEIPT,
                Circular.TT03_2025,
                CENTER,
                "000.00.01.H41-260305-%04d".formatted(n % 10_000),
                new DossierForm.Party(
                        "Nguyễn Văn An", "001190012345", "Số 12 đường Lê Lợi, tỉnh Hồng Lam", "0912345678", null),
                "Cấp lại giấy phép hành nghề khoan nước dưới đất",
                List.of(
                        new DossierForm.Paper("Đơn đề nghị cấp lại giấy phép", "Bản chính", 1),
                        new DossierForm.Paper("Giấy phép đã được cấp", "Bản sao", 1)),
                1,
                "8 ngày làm việc",
                received,
                received.plusDays(10),
                "Trung tâm Phục vụ hành chính công tỉnh",
                List.of(new DossierForm.Fee("Phí thẩm định", 700_000L, null)),
                "Quyển số 2026, số thứ tự %04d".formatted(n % 10_000),
                received,
                "Trần Văn Bình",
                null,
                null,
                null,
                List.of());
    }

    static TrackingBook book(int size) {
        List<TrackingBook.Row> rows = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            LocalDateTime received = LocalDateTime.of(2026, 3, 2, 7, 30).plusMinutes(17L * i);
            rows.add(new TrackingBook.Row(
                    i, "000.00.01.H41-260302-%04d".formatted(i), "Cấp lại giấy phép hành nghề khoan nước dưới đất",
                    1, "Nguyễn Văn An", "Số " + i + " Lê Lợi; 0912345678", "Sở Tài nguyên và Môi trường",
                    received, received.plusDays(12), received.plusHours(1), received.plusDays(9), null, null));
        }
        return new TrackingBook(
                Circular.TT03_2025, CENTER, "Trung tâm Phục vụ hành chính công tỉnh", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), LocalDateTime.of(2026, 4, 1, 8, 0), rows);
    }
}
