package org.motcua.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureQuery;
import org.motcua.catalog.TemplateFile;
import org.motcua.shared.FileResponses;
import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public catalog pages: search procedures and read one, without signing in. */
@Controller
class CatalogPages {

    private final Catalog catalog;

    CatalogPages(Catalog catalog) {
        this.catalog = catalog;
    }

    @Configuration(proxyBeanMethods = false)
    static class Endpoints {
        @Bean
        PublicEndpoints catalogPageEndpoints() {
            return PublicEndpoints.readOnly("/thu-tuc", "/thu-tuc/**");
        }
    }

    @GetMapping("/thu-tuc")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) OnlineLevel online,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", catalog.search(new ProcedureQuery(q, agency, field, null, online, page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("field", field);
        model.addAttribute("online", online);
        model.addAttribute("agencies", competentAgencies(catalog.agencies()));
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "catalog/search";
    }

    @GetMapping("/thu-tuc/{id}")
    String procedure(@PathVariable UUID id, Model model) {
        var details = catalog.details(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("details", details);
        // what a search engine shows under the link: the procedure and who decides it
        model.addAttribute(
                "metaDescription",
                details.procedure().name()
                        + (details.competentAgency() == null
                                ? ""
                                : " — " + details.competentAgency().name()));
        return "catalog/procedure";
    }

    /** The blank form of a published version's document, to fill in before applying. */
    @GetMapping("/thu-tuc/phien-ban/{versionId}/mau/{order}")
    ResponseEntity<InputStreamResource> template(@PathVariable UUID versionId, @PathVariable int order) {
        TemplateFile template =
                catalog.template(versionId, order).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return FileResponses.stream(template.content(), template.mediaType(), null, template.fileName(), false);
    }

    /** The agencies a citizen would look for: not sub-units and not the centers themselves. */
    static List<AgencyView> competentAgencies(List<AgencyView> all) {
        return all.stream()
                .filter(a -> a.type() != AgencyType.SUB_UNIT && !a.isServiceCenter())
                .sorted(Comparator.comparing(AgencyView::name))
                .toList();
    }
}
