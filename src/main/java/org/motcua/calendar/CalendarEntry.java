package org.motcua.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a holiday schedule.
 *
 * @param date the day
 * @param kind what the entry does to that day
 * @param name Vietnamese name shown to users (NFC), e.g. "Tết Nguyên đán"
 * @param legalNote the legal basis or source, e.g. "Bộ luật Lao động 2019, Điều 112" or the notice it was
 *     announced in
 * @param proposed true for an entry generated from the statutory rules and not yet confirmed by an
 *     administrator; false for an announced (official) entry
 */
public record CalendarEntry(LocalDate date, CalendarEntryKind kind, String name, String legalNote, boolean proposed) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = Normalizer.normalize(Objects.requireNonNull(name, "name").strip(), Normalizer.Form.NFC);
        legalNote = Normalizer.normalize(
                Objects.requireNonNull(legalNote, "legalNote").strip(), Normalizer.Form.NFC);
    }

    public static CalendarEntry official(LocalDate date, CalendarEntryKind kind, String name, String legalNote) {
        return new CalendarEntry(date, kind, name, legalNote, false);
    }
}
