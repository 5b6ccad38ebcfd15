package org.motcua.dossier;

import java.time.LocalDateTime;
import java.util.UUID;

/** A liên thông sub-task: a question to another agency with its own due time, and its answer. */
public record Consultation(
        UUID agencyId,
        String question,
        LocalDateTime openedAt,
        LocalDateTime dueAt,
        String answer,
        LocalDateTime answeredAt) {

    public static Consultation open(UUID agencyId, String question, LocalDateTime at, LocalDateTime due) {
        return new Consultation(agencyId, question, at, due, null, null);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public Consultation answer(String text, LocalDateTime at) {
        return new Consultation(agencyId, question, openedAt, dueAt, text, at);
    }
}
