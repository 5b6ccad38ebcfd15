package org.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A dossier code {@code <receiving unit code>-<YYMMDD>-<NNNN>} (Circular 01/2018 Art. 19, carried on
 * in 2025): the receiving unit's official code, the receipt date in Vietnam, and that unit's sequence
 * for the day from 0001 (more digits once a unit passes 9,999 in a day). Given once, never changed.
 */
public record DossierCode(String unitCode, LocalDate receiptDate, int sequence) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");

    public DossierCode {
        if (unitCode == null || unitCode.isBlank() || sequence < 1) {
            throw new IllegalArgumentException("unit code and a positive sequence are required");
        }
    }

    /**
     * Reads a code; the unit code is opaque (it may contain dots or dashes), so the date and the
     * sequence are taken from the right.
     */
    public static Optional<DossierCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int last = text.lastIndexOf('-');
        int middle = last > 0 ? text.lastIndexOf('-', last - 1) : -1;
        if (middle <= 0 || last - middle != 7 || text.length() - last < 5) {
            return Optional.empty();
        }
        String sequence = text.substring(last + 1);
        if (!sequence.chars().allMatch(Character::isDigit) || sequence.length() > 9) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.substring(middle + 1, last), YYMMDD);
            int n = Integer.parseInt(sequence);
            return n < 1 ? Optional.empty() : Optional.of(new DossierCode(text.substring(0, middle), date, n));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return unitCode + "-" + YYMMDD.format(receiptDate) + "-" + String.format("%04d", sequence);
    }
}
