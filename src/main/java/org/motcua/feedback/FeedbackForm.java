package org.motcua.feedback;

/**
 * A citizen's feedback as sent.
 *
 * @param subjectRef the procedure's code (PROCEDURE), the dossier's code (DOSSIER), the officer's name or
 *     counter (OFFICER)
 * @param agencyCode the agency it is addressed to, when not a procedure (whose competent agency answers)
 * @param consentToPublish whether the question and its answer may be published (personal data removed)
 */
public record FeedbackForm(
        FeedbackSubject subject,
        String subjectRef,
        String agencyCode,
        FeedbackCategory category,
        String title,
        String body,
        String senderName,
        String senderPhone,
        String senderEmail,
        Boolean consentToPublish) {

    /** Consent is given only when said (absent means no). */
    public boolean consents() {
        return Boolean.TRUE.equals(consentToPublish);
    }
}
