package org.motcua.feedback;

import java.time.LocalDate;

/** A published question and its answer, personal data removed. */
public record PublishedFeedback(
        String reference,
        FeedbackCategory category,
        String agencyName,
        String title,
        String body,
        String answer,
        LocalDate answeredOn) {}
