package org.motcua.feedback;

import java.time.LocalDateTime;
import java.util.UUID;

/** A citizen's feedback as officers see it (the sender's contact included: they answer it). */
public record FeedbackView(
        UUID id,
        String reference,
        FeedbackSubject subject,
        String subjectRef,
        FeedbackCategory category,
        String title,
        String body,
        String senderName,
        String senderPhone,
        String senderEmail,
        boolean consentToPublish,
        UUID agencyId,
        UUID assigneeId,
        String status,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime remindedAt,
        LocalDateTime overdueAt,
        String answer,
        LocalDateTime answeredAt,
        LocalDateTime publishedAt) {

    /** Answered no later than the due time. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public Boolean answeredOnTime() {
        return answeredAt == null ? null : !answeredAt.isAfter(dueAt);
    }
}
