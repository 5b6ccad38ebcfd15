package org.motcua.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.motcua.shared.DomainException;
import org.motcua.shared.Paging;
import org.motcua.shared.ProblemResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog: anyone may search procedures and read agencies and fields. */
@Tag(name = "Catalog", description = "The public catalog of administrative procedures, agencies and fields")
@RestController
@RequestMapping("/api/v1")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Ranked by relevance; diacritics and small typos in {@code q} do not matter. */
    @Operation(summary = "Search published procedures, ranked by relevance")
    @GetMapping("/procedures")
    ProcedureSearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) OnlineLevel onlineLevel,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        // The pages clamp what a link asks for; an API client is told what it got wrong.
        Paging.check(page, size, ProcedureQuery.MAX_SIZE);
        return catalog.search(new ProcedureQuery(q, agency, field, channel, onlineLevel, page, size));
    }

    @Operation(summary = "One published procedure with its documents, fees and workflow")
    @ProblemResponse(status = 404, codes = "catalog.procedure_not_found")
    @GetMapping("/procedures/{id}")
    ProcedureDetails procedure(@PathVariable UUID id) {
        return catalog.details(id).orElseThrow(() -> DomainException.notFound("catalog.procedure_not_found", id));
    }

    @Operation(summary = "The agency tree")
    @GetMapping("/agencies")
    List<AgencyNode> agencies() {
        return catalog.agencyTree();
    }

    @Operation(summary = "One agency")
    @ProblemResponse(status = 404, codes = "catalog.agency_not_found")
    @GetMapping("/agencies/{id}")
    AgencyView agency(@PathVariable UUID id) {
        return catalog.agency(id).orElseThrow(() -> DomainException.notFound("catalog.agency_not_found", id));
    }

    @Operation(summary = "The fields (lĩnh vực) procedures belong to")
    @GetMapping("/fields")
    List<FieldView> fields() {
        return catalog.fields();
    }
}
