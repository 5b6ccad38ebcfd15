package org.motcua.dossier.internal;

import java.util.List;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.DossierCommand.Consult;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.springframework.stereotype.Component;

/** Asks another agency (liên thông), which gets its own due time. */
@Component
class ConsultHandler implements CommandHandler<Consult> {

    private final Catalog catalog;
    private final DossierDeadlines deadlines;

    ConsultHandler(Catalog catalog, DossierDeadlines deadlines) {
        this.catalog = catalog;
        this.deadlines = deadlines;
    }

    @Override
    public Class<Consult> command() {
        return Consult.class;
    }

    @Override
    public void handle(Dossier d, Consult c, Acting a) {
        if (catalog.agency(c.agencyId()).isEmpty()) {
            throw DomainException.invalid(
                    "validation.failed", List.of(new FieldError("agencyId", "UnknownAgency", null)));
        }
        d.consult(c.agencyId(), c.note(), deadlines.consultationDue(a.now(), c.days(), c.agencyId()), a.now(), a.by());
    }
}
