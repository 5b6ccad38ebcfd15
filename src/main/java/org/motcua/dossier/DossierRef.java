package org.motcua.dossier;

/**
 * Which dossier a command is for: its code once received, before that its readable reference or id.
 * Surrounding blanks do not count.
 */
public record DossierRef(String value) {

    public DossierRef {
        value = value == null ? null : value.strip();
    }

    public static DossierRef of(String codeReferenceOrId) {
        return new DossierRef(codeReferenceOrId);
    }

    @Override
    public String toString() {
        return value;
    }
}
