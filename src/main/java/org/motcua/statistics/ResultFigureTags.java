package org.motcua.statistics;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.ProcedureView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.shared.DomainException;
import org.motcua.statistics.internal.ResultQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which procedures' granted results feed the investment and enterprise figures ({@link ResultFigure}). Set by
 * administrators; the officer resolving a dossier of a tagged procedure is asked for the capital.
 */
@Service
public class ResultFigureTags {

    /** A tagged procedure, as the admin list shows it. */
    public record TaggedProcedure(UUID procedureId, String procedureCode, String procedureName, ResultFigure figure) {}

    private final ResultQueries queries;
    private final Catalog catalog;
    private final Clock clock;

    ResultFigureTags(ResultQueries queries, Catalog catalog, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaggedProcedure> list() {
        return queries.tags().stream()
                .map(t -> describe(t.procedureId(), t.figure()))
                .sorted(Comparator.comparing(TaggedProcedure::figure).thenComparing(TaggedProcedure::procedureCode))
                .toList();
    }

    /** The figure a procedure feeds, if it is tagged. */
    @Transactional(readOnly = true)
    public Optional<ResultFigure> of(UUID procedureId) {
        return queries.figureOf(procedureId);
    }

    /** Tags the procedure with {@code figure}, or removes its tag when null; administrators only. */
    @Transactional
    public TaggedProcedure tag(UUID procedureId, ResultFigure figure, CurrentUser user) {
        if (user == null || !user.hasRole(Role.ADMIN)) {
            throw new DomainException("auth.forbidden", HttpStatus.FORBIDDEN);
        }
        TaggedProcedure tagged = describe(procedureId, figure);
        queries.tag(procedureId, figure, clock.instant(), user.displayName());
        return tagged;
    }

    private TaggedProcedure describe(UUID procedureId, ResultFigure figure) {
        ProcedureView p = catalog.procedure(procedureId)
                .orElseThrow(() -> DomainException.notFound("catalog.procedure_not_found", procedureId));
        return new TaggedProcedure(procedureId, p.code(), p.name(), figure);
    }
}
