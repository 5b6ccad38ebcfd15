package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierDashboard;
import org.motcua.dossier.DossierDashboard.AgencyFigures;
import org.motcua.dossier.DossierDashboard.Figures;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** The center manager's figures count exactly the dossiers behind them, and each opens its list. */
class CenterDashboardControllerTests extends OfficerPagesTestSupport {

    @Autowired
    DossierDashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    long overdueAt(Figures f) {
        return f.agencies().stream()
                .filter(a -> a.agencyId().equals(department))
                .mapToLong(AgencyFigures::overdue)
                .sum();
    }

    @Test
    void theFiguresMatchTheDossiersCreatedAndDrillDownToThem() throws Exception {
        CurrentUser elsewhere = person("gd2-" + run, Set.of(Role.CENTER_MANAGER), Set.of(waterUnit));
        Figures before = dashboard.figures(manager);
        Figures elsewhereBefore = dashboard.figures(elsewhere);

        online("Bùi Văn Một", idNumber(31));
        online("Bùi Văn Hai", idNumber(32));
        DossierView late = received("Bùi Văn Ba", idNumber(33), DeliveryMethod.COUNTER);
        resolved("Bùi Văn Bốn", idNumber(34), DeliveryMethod.COUNTER);
        DossierView returned = resolved("Bùi Văn Năm", idNumber(35), DeliveryMethod.COUNTER);
        dossiers.handle(
                DossierRef.of(returned.code()),
                new DossierCommand.ReturnResult("Bùi Văn Năm", idNumber(35), null, null, null),
                Actor.person(desk));
        // Its appointment has passed and it is not finished: overdue at the competent department.
        jdbc.sql("update dossier.dossier set due_at = received_at - interval '1 hour' where code = :code")
                .param("code", late.code())
                .update();

        Figures after = dashboard.figures(manager);
        assertThat(after.receivedToday() - before.receivedToday()).isEqualTo(3);
        assertThat(after.returnedToday() - before.returnedToday()).isEqualTo(1);
        assertThat(after.waitingForAcceptance() - before.waitingForAcceptance()).isEqualTo(2);
        assertThat(after.waitingToReturn() - before.waitingToReturn()).isEqualTo(1);
        assertThat(overdueAt(after) - overdueAt(before)).isEqualTo(1);
        assertThat(after.overdue() - before.overdue()).isEqualTo(1);
        // A manager of another place counts none of them.
        Figures elsewhereAfter = dashboard.figures(elsewhere);
        assertThat(elsewhereAfter.receivedToday()).isEqualTo(elsewhereBefore.receivedToday());
        assertThat(elsewhereAfter.waitingForAcceptance()).isEqualTo(elsewhereBefore.waitingForAcceptance());

        MockHttpSession session = login(manager);
        mvc.perform(get("/can-bo/tong-quan").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"figure-received-today\"")))
                .andExpect(content()
                        .string(containsString("/can-bo/ho-so?view=center&amp;due=overdue&amp;agency=" + department)));
        mvc.perform(get("/can-bo/ho-so")
                        .session(session)
                        .param("view", "center")
                        .param("due", "overdue")
                        .param("agency", department.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(late.code())))
                .andExpect(content().string(containsString("id=\"active-filters\"")));
        mvc.perform(get("/can-bo/ho-so")
                        .session(session)
                        .param("view", "center")
                        .param("today", "returned"))
                .andExpect(content().string(containsString(returned.code())))
                .andExpect(content().string(not(containsString(late.code()))));
        // The manager's usual list is the center's.
        mvc.perform(get("/can-bo/ho-so").session(session).param("q", "Bùi Văn Ba"))
                .andExpect(content().string(containsString(late.code())));
        mvc.perform(get("/can-bo/ho-so").session(login(elsewhere)).param("q", "Bùi Văn Ba"))
                .andExpect(content().string(not(containsString(late.code()))));
    }

    @Test
    void onlyManagersSupervisorsAndAdministratorsReadTheOverview() throws Exception {
        mvc.perform(get("/can-bo/tong-quan").session(login(desk))).andExpect(status().isForbidden());
        mvc.perform(get("/can-bo/tong-quan").session(login(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/can-bo/tong-quan").session(login(applicant))).andExpect(status().isForbidden());
        CurrentUser supervisor = person("gs-" + run, Set.of(Role.SUPERVISOR), Set.of());
        mvc.perform(get("/can-bo/tong-quan").session(login(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng quan trung tâm")));
        mvc.perform(get("/").session(login(manager)))
                .andExpect(content().string(containsString("href=\"/can-bo/tong-quan\"")));
    }
}
