package org.motcua.web;

import java.time.LocalDate;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.AgencyDraft;
import org.motcua.catalog.AgencyType;
import org.motcua.catalog.AgencyView;

/** The agency form as typed: text, so that a value that does not parse is shown back as it was. */
record AgencyForm(
        String code,
        String parentId,
        String name,
        String shortName,
        String level,
        String type,
        String address,
        String phone,
        String email,
        String workingHours,
        String activeFrom,
        String activeTo) {

    /** A new unit starts with its parent's level. */
    static AgencyForm under(AgencyView parent) {
        return parent == null
                ? new AgencyForm(null, null, null, null, null, null, null, null, null, null, null, null)
                : new AgencyForm(
                        null,
                        parent.id().toString(),
                        null,
                        null,
                        parent.level().name(),
                        AgencyType.SUB_UNIT.name(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
    }

    static AgencyForm of(AgencyView a) {
        return new AgencyForm(
                a.code(),
                a.parentId() == null ? null : a.parentId().toString(),
                a.name(),
                a.shortName(),
                a.level().name(),
                a.type().name(),
                a.address(),
                a.phone(),
                a.email(),
                a.workingHours(),
                a.activeFrom() == null ? null : a.activeFrom().toString(),
                a.activeTo() == null ? null : a.activeTo().toString());
    }

    AgencyDraft draft(FormProblems problems) {
        return new AgencyDraft(
                code,
                problems.uuid("parentId", parentId),
                name,
                shortName,
                problems.choice("level", level, AdministrativeLevel.class),
                problems.choice("type", type, AgencyType.class),
                address,
                phone,
                email,
                workingHours,
                problems.parse("activeFrom", activeFrom, LocalDate::parse),
                problems.parse("activeTo", activeTo, LocalDate::parse));
    }
}
