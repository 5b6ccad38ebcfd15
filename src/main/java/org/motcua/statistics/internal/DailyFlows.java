package org.motcua.statistics.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.motcua.catalog.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Adds to {@code statistics.daily_figures}: one row per day and dimension, incremented in place. */
@Component
class DailyFlows {

    /** The day and dimensions a flow is counted under. */
    record Key(LocalDate day, UUID center, UUID agency, UUID procedure, String field, Channel channel) {}

    private final JdbcClient jdbc;

    DailyFlows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Key key, Map<String, Long> amounts) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder sums = new StringBuilder();
        int i = 0;
        for (String name : amounts.keySet()) {
            String column = DailyFigures.column(name);
            columns.append(", ").append(column);
            values.append(", :v").append(i);
            sums.append(i == 0 ? "" : ", ")
                    .append(column)
                    .append(" = d.")
                    .append(column)
                    .append(" + excluded.")
                    .append(column);
            i++;
        }
        var statement = jdbc.sql("insert into statistics.daily_figures as d (day, receiving_center_id, "
                        + "competent_agency_id, procedure_id, field_code, channel" + columns
                        + ") values (:day, :center, :agency, :procedure, :field, :channel" + values
                        + ") on conflict on constraint daily_figures_key do update set " + sums)
                .param("day", key.day())
                .param("center", key.center())
                .param("agency", key.agency())
                .param("procedure", key.procedure())
                .param("field", key.field())
                .param("channel", key.channel().name());
        i = 0;
        for (Long amount : amounts.values()) {
            statement = statement.param("v" + i++, amount);
        }
        statement.update();
    }
}
