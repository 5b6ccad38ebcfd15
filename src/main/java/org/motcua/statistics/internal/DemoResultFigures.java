package org.motcua.statistics.internal;

import java.time.Clock;
import java.util.Map;
import org.motcua.catalog.Catalog;
import org.motcua.statistics.ResultFigure;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: the demo catalog's enterprise and investment registrations feed their figures. */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
@Order(20)
class DemoResultFigures implements ApplicationRunner {

    private static final Map<String, ResultFigure> TAGS = Map.of(
            "2.001583.000.01.15.H41", ResultFigure.ENTERPRISE_REGISTERED,
            "2.001199.000.01.15.H41", ResultFigure.ENTERPRISE_REGISTERED,
            "2.002043.000.01.15.H41", ResultFigure.ENTERPRISE_REGISTERED,
            "1.009664.000.00.15.H41", ResultFigure.INVESTMENT_APPROVED);

    private final Catalog catalog;
    private final ResultQueries queries;
    private final Clock clock;

    DemoResultFigures(Catalog catalog, ResultQueries queries, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!queries.tags().isEmpty()) {
            return; // tagged before (or by an administrator since): leave it as it is
        }
        TAGS.forEach((code, figure) ->
                catalog.procedureByCode(code).ifPresent(p -> queries.tag(p.id(), figure, clock.instant(), "demo")));
    }
}
