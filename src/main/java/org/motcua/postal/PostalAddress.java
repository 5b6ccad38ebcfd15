package org.motcua.postal;

/**
 * An address in the province: its commune from the official list and the street and house typed by the
 * applicant. {@link #text()} is what the dossier keeps and the label prints.
 */
public record PostalAddress(
        String provinceCode, String provinceName, String communeCode, String communeName, String street) {

    /** "Số 12 Lê Lợi, phường Hồng Sơn, tỉnh Hồng Lam": the unit's kind in lower case, as Vietnamese writes it. */
    public String text() {
        return street + ", " + lowerKind(communeName) + ", " + lowerKind(provinceName);
    }

    static String lowerKind(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
