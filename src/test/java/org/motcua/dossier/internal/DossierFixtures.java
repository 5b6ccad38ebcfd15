package org.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DossierCode;
import org.motcua.dossier.SubmittedDocument;

/** Builders for dossiers in each state, for the domain tests. */
final class DossierFixtures {

    static final UUID CENTER = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID AGENCY = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final Actor OFFICER = new Actor(UUID.randomUUID(), "Nguyễn Thị Lan", "RECEPTION_OFFICER", CENTER);
    static final Actor SPECIALIST = new Actor(UUID.randomUUID(), "Trần Văn Minh", "SPECIALIST", AGENCY);
    static final Actor APPLICANT = new Actor(UUID.randomUUID(), "Võ Văn Bình", "APPLICANT", null);

    /** Monday 2 March 2026, 09:00. */
    static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private DossierFixtures() {}

    static Applicant citizen() {
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
        return submitted(Dossier.DeliveryMethod.COUNTER, null);
    }

    static Dossier submitted(Dossier.DeliveryMethod delivery, String deliveryAddress) {
        return Dossier.submit(
                new Dossier.Application(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "Cấp Phiếu lý lịch tư pháp",
                        "TT03_2025",
                        Dossier.Channel.ONLINE,
                        CENTER,
                        AGENCY,
                        APPLICANT.userId(),
                        citizen(),
                        null,
                        delivery,
                        deliveryAddress,
                        List.of(new SubmittedDocument(1, "Tờ khai", "ORIGINAL", 1, "UPLOADED", null, null, null, null)),
                        false),
                MONDAY_9.minusDays(3));
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
                1,
                CENTER,
                MONDAY_9.plusHours(4),
                OFFICER);
        return d;
    }

    /** Received, then forwarded to step 2 at the agency (due Tuesday 17:00). */
    static Dossier inProgress() {
        Dossier d = received();
        d.forward(2, AGENCY, LocalDateTime.of(2026, 3, 3, 17, 0), MONDAY_9.plusHours(1), OFFICER);
        return d;
    }

    static Dossier approved() {
        Dossier d = inProgress();
        d.approve(LocalDateTime.of(2026, 3, 3, 10, 0), SPECIALIST);
        return d;
    }
}
