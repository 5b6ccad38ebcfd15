package org.motcua.nationalportal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The portal's times: {@code yyyyMMddHHmmss}, Vietnam local time (the events' times already are). */
final class PortalTime {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PortalTime() {}

    static String format(LocalDateTime at) {
        return at == null ? "" : FORMAT.format(at);
    }

    static LocalDateTime parse(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim(), FORMAT);
    }
}
