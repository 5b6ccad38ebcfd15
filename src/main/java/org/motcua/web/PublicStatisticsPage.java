package org.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motcua.shared.DomainException;
import org.motcua.shared.PublicEndpoints;
import org.motcua.statistics.PublicFigures;
import org.motcua.statistics.Statistics;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Số liệu công khai": the headline figures of a year per agency and per month, for anyone, with the open
 * data downloads. The figures are the statistics module's public figures.
 */
@Controller
class PublicStatisticsPage {

    private final Statistics statistics;

    PublicStatisticsPage(Statistics statistics) {
        this.statistics = statistics;
    }

    @Bean
    static PublicEndpoints publicStatisticsPages() {
        return PublicEndpoints.readOnly("/thong-ke");
    }

    /** A year's totals of one agency or of one month. */
    record Line(String label, long received, long online, long resolved, long onTime, long late) {
        Line plus(PublicFigures f) {
            return new Line(
                    label,
                    received + f.received(),
                    online + f.receivedOnline(),
                    resolved + f.resolved(),
                    onTime + f.resolvedOnTime(),
                    late + f.resolvedLate());
        }

        public String onTimeRate() {
            return resolved == 0
                    ? "–"
                    : org.motcua.statistics.VietnameseNumbers.percent(java.math.BigDecimal.valueOf(onTime)
                            .divide(java.math.BigDecimal.valueOf(resolved), 4, java.math.RoundingMode.HALF_UP));
        }

        public String onlineShare() {
            return received == 0
                    ? "–"
                    : org.motcua.statistics.VietnameseNumbers.percent(java.math.BigDecimal.valueOf(online)
                            .divide(java.math.BigDecimal.valueOf(received), 4, java.math.RoundingMode.HALF_UP));
        }
    }

    @GetMapping("/thong-ke")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? statistics.now().getYear() : year;
        List<PublicFigures> rows;
        try {
            rows = statistics.publicFigures(shown);
        } catch (DomainException invalid) {
            shown = statistics.now().getYear();
            rows = statistics.publicFigures(shown);
        }
        Map<String, Line> agencies = new LinkedHashMap<>();
        Map<Integer, Line> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(m, new Line("Tháng " + m, 0, 0, 0, 0, 0));
        }
        Line total = new Line("Tổng cộng", 0, 0, 0, 0, 0);
        for (PublicFigures f : rows) {
            String name = f.agencyName() == null ? "(khác)" : f.agencyName();
            agencies.merge(name, new Line(name, 0, 0, 0, 0, 0).plus(f), (a, b) -> a.plus(f));
            months.computeIfPresent(f.month(), (m, line) -> line.plus(f));
            total = total.plus(f);
        }
        List<Line> byAgency = new ArrayList<>(agencies.values());
        byAgency.sort(java.util.Comparator.comparing(Line::label));
        model.addAttribute("year", shown);
        byAgency.add(total);
        model.addAttribute("agencies", byAgency); // the total last
        model.addAttribute("months", months.values());
        return "public-statistics";
    }
}
