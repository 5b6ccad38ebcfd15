package org.motcua.feedback;

/** What an anonymous staff message is: a suggestion, a complaint about work at the center, a software fault. */
public enum SuggestionKind {
    SUGGESTION,
    COMPLAINT,
    SOFTWARE_FAULT
}
