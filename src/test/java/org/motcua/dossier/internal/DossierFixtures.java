package org.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.dossier.ActedBy;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierCode;
import org.motcua.dossier.SubmittedDocument;

/** Builders for dossiers in each state, for the domain tests. */
public final class DossierFixtures {

    static final UUID CENTER = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID AGENCY = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final ActedBy OFFICER = new ActedBy(UUID.randomUUID(), "Nguyễn Thị Lan", "RECEPTION_OFFICER", CENTER, null);
    static final ActedBy SPECIALIST = new ActedBy(UUID.randomUUID(), "Trần Văn Minh", "SPECIALIST", AGENCY, null);
    static final ActedBy APPLICANT = new ActedBy(UUID.randomUUID(), "Võ Văn Bình", "APPLICANT", null, null);

    /** Monday 2 March 2026, 09:00. */
    static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private DossierFixtures() {}

    public static Applicant citizen() {
        return new Applicant(
                Applicant.ApplicantType.CITIZEN,
                "Võ Văn Bình",
                Applicant.IdType.CCCD,
                "040090001234",
                LocalDate.of(1990, 5, 17),
                null,
                "0912345678",
                "binh@example.vn",
                "Số 5 đường Lê Lợi, phường Hưng Bình");
    }

    static Dossier submitted() {
        return submitted(DeliveryMethod.COUNTER, null);
    }

    static Dossier submitted(DeliveryMethod delivery, String deliveryAddress) {
        return Dossier.submit(
                new Dossier.Application(
                        "HSFIXTURE" + SEQUENCE.incrementAndGet(),
                        UUID.randomUUID(),
                        "1.001234.000.00.42.H41",
                        "1.001234",
                        "TP",
                        UUID.randomUUID(),
                        "Cấp Phiếu lý lịch tư pháp",
                        "TT03_2025",
                        Channel.ONLINE,
                        CENTER,
                        AGENCY,
                        APPLICANT.accountId(),
                        citizen(),
                        null,
                        delivery,
                        deliveryAddress,
                        List.of(new SubmittedDocument(
                                1,
                                "Tờ khai",
                                DocumentForm.ORIGINAL,
                                1,
                                DocumentOrigin.UPLOADED,
                                null,
                                null,
                                null,
                                null)),
                        false),
                MONDAY_9.minusDays(3),
                APPLICANT);
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    /** Received Monday 09:00, appointment Thursday 09:00 (3 working days), at step 1 (the desk). */
    static Dossier received() {
        return received(SEQUENCE.incrementAndGet());
    }

    static Dossier received(int sequence) {
        Dossier d = submitted();
        d.receive(
                new DossierCode("000.00.01.H41", MONDAY_9.toLocalDate(), sequence),
                CENTER,
                MONDAY_9,
                MONDAY_9.plusDays(3),
                new StepEntry(1, CENTER, MONDAY_9.plusHours(4)),
                OFFICER);
        return d;
    }

    /** Received, then forwarded to step 2 at the agency (due Tuesday 17:00). */
    static Dossier inProgress() {
        Dossier d = received();
        d.forward(new StepEntry(2, AGENCY, LocalDateTime.of(2026, 3, 3, 17, 0)), null, MONDAY_9.plusHours(1), OFFICER);
        return d;
    }

    static Dossier approved() {
        Dossier d = inProgress();
        d.approve(null, LocalDateTime.of(2026, 3, 3, 10, 0), SPECIALIST);
        return d;
    }
}
