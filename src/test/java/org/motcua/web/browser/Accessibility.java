package org.motcua.web.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;

/** axe-core on the page as it is now: serious or critical violations fail the test, listed readably. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** WCAG 2.1 A and AA rules plus axe's best practices (headings, landmarks). */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Accessibility() {}

    static void check(Page page, String name) {
        List<Rule> blocking = new AxeBuilder(page)
                .withTags(TAGS).analyze().getViolations().stream()
                        .filter(r -> BLOCKING.contains(r.getImpact()))
                        .toList();
        if (!blocking.isEmpty()) {
            fail("Accessibility of '%s' (%s): %d serious or critical violation(s)%n%s"
                    .formatted(name, page.url(), blocking.size(), describe(blocking)));
        }
    }

    private static String describe(List<Rule> rules) {
        StringBuilder out = new StringBuilder();
        for (Rule r : rules) {
            out.append("- [%s] %s: %s (%s)%n".formatted(r.getImpact(), r.getId(), r.getHelp(), r.getHelpUrl()));
            r.getNodes().stream()
                    .limit(5)
                    .forEach(n -> out.append("    at %s%n      %s%n      %s%n"
                            .formatted(
                                    n.getTarget(),
                                    n.getHtml(),
                                    String.valueOf(n.getFailureSummary()).replace("\n", "\n      "))));
            if (r.getNodes().size() > 5) {
                out.append("    … and %d more%n".formatted(r.getNodes().size() - 5));
            }
        }
        return out.toString();
    }
}
