package org.motcua.feedback;

/** What a citizen's feedback is about. */
public enum FeedbackSubject {
    PROCEDURE,
    OFFICER,
    DOSSIER,
    OTHER
}
