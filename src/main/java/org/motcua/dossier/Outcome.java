package org.motcua.dossier;

/** Whether the dossier ended with the requested result or with a written refusal. */
public enum Outcome {
    GRANTED,
    REJECTED
}
