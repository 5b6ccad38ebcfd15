package org.motcua.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.motcua.catalog.Channel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Vietnamese formats for the catalog pages (docs/ux.md): money {@code 1.250.000 đồng}, dates {@code
 * dd/MM/yyyy}, time limits in words. Used in templates as {@code @catalogFormats}.
 */
@Component("catalogFormats")
public class CatalogFormats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    CatalogFormats(MessageSource messages) {
        this.messages = messages;
    }

    public String money(Long amountVnd) {
        return amountVnd == null ? "" : number(BigDecimal.valueOf(amountVnd)) + " đồng";
    }

    public String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * "Trực tuyến: 3 ngày làm việc" for every offered channel, in channel order; empty when every channel
     * takes the same (default) time, which {@link #time} shows alone.
     */
    public List<String> channelTimes(ProcedureView procedure) {
        if (procedure.channelTimes().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(Channel.values())
                .filter(procedure.channels()::contains)
                .map(c ->
                        messages.getMessage("catalog.channel.short." + c.name(), null, LocaleContextHolder.getLocale())
                                + ": " + time(procedure.timeFor(c)))
                .toList();
    }

    /** "10 ngày", "3 ngày làm việc", "Trong ngày"; the words come from the catalog bundle. */
    public String time(ProcessingTime time) {
        if (time == null) {
            return messages.getMessage("catalog.time.none", null, LocaleContextHolder.getLocale());
        }
        return messages.getMessage(
                "catalog.time." + time.unit().name(),
                new Object[] {number(time.amount())},
                LocaleContextHolder.getLocale());
    }
}
