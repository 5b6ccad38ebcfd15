package org.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierView;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.springframework.mock.web.MockHttpSession;

/** A leader gives dossiers to the officers of the step's unit: one from its page, or several at once. */
class AssignmentControllerTests extends OfficerPagesTestSupport {

    long assignments(String code) {
        return dossiers.history(code, leader).stream()
                .filter(h -> h.action().equals("assign"))
                .count();
    }

    @Test
    void aLeaderAssignsFromTheDossierPageAmongTheStepUnitsOfficers() throws Exception {
        DossierView d = atSpecialistStep("Cao Văn Sơn", idNumber(21));
        MockHttpSession session = login(leader);
        mvc.perform(get("/can-bo/ho-so/" + d.code()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assign-form\"")))
                .andExpect(content().string(containsString("value=\"" + specialist.id() + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + outsider.id() + "\""))));
        mvc.perform(post("/can-bo/ho-so/" + d.code() + "/assign")
                        .session(session)
                        .with(csrf())
                        .param("assigneeId", specialist.id().toString())
                        .param("version", String.valueOf(d.version())))
                .andExpect(flash().attribute("done", "assign"));
        assertThat(dossiers.get(d.code(), leader).assigneeId()).isEqualTo(specialist.id());
        mvc.perform(get("/can-bo/ho-so/" + d.code()).session(session))
                .andExpect(content().string(containsString("id=\"current-assignee\"")))
                .andExpect(content().string(containsString(specialist.displayName())));
        // Someone outside the step's unit cannot be given the work.
        mvc.perform(post("/can-bo/ho-so/" + d.code() + "/assign")
                        .session(session)
                        .with(csrf())
                        .param("assigneeId", outsider.id().toString()))
                .andExpect(flash().attribute("errorTitle", "Dữ liệu không hợp lệ"));
        // The specialist works on it but does not assign.
        mvc.perform(get("/can-bo/ho-so/" + d.code()).session(login(specialist)))
                .andExpect(content().string(not(containsString("id=\"assign-form\""))));
    }

    @Test
    void bulkAssignmentReportsAStaleDossierAndAssignsTheOthers() throws Exception {
        List<DossierView> three = List.of(
                atSpecialistStep("Kiều Văn An", idNumber(22)),
                atSpecialistStep("Kiều Thị Bình", idNumber(23)),
                atSpecialistStep("Kiều Văn Cường", idNumber(24)));
        CurrentUser other = person("cv2-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        MockHttpSession session = login(leader);
        mvc.perform(get("/can-bo/ho-so")
                        .param("view", "unit")
                        .param("q", "Kiều")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bulk-assign-form\"")))
                .andExpect(content()
                        .string(containsString("id=\"select-" + three.getFirst().id() + "\"")))
                .andExpect(content().string(containsString("value=\"" + other.id() + "\"")));

        // Someone acts on the second one while the leader's list is open.
        DossierView stale = three.get(1);
        act(stale, DossierAction.FORWARD, specialist);

        mvc.perform(post("/can-bo/ho-so/phan-cong")
                        .session(session)
                        .with(csrf())
                        .param("view", "unit")
                        .param("assigneeId", other.id().toString())
                        .param(
                                "selected",
                                three.stream()
                                        .map(d -> d.code() + ":" + d.version())
                                        .toArray(String[]::new)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("bulkAssigned", 2))
                .andExpect(flash().attribute(
                                "bulkFailures",
                                List.of(new OfficerWorkspace.Failure(
                                        stale.code(), "Hồ sơ vừa được người khác xử lý"))));
        assertThat(assignments(three.get(0).code())).isEqualTo(1);
        assertThat(assignments(three.get(1).code())).isZero();
        assertThat(assignments(three.get(2).code())).isEqualTo(1);
        assertThat(dossiers.get(three.get(2).code(), leader).assigneeId()).isEqualTo(other.id());

        mvc.perform(get("/can-bo/ho-so")
                        .param("view", "unit")
                        .session(session)
                        .flashAttr("bulkAssigned", 2)
                        .flashAttr(
                                "bulkFailures",
                                List.of(new OfficerWorkspace.Failure(stale.code(), "Hồ sơ vừa được người khác xử lý"))))
                .andExpect(content().string(containsString("id=\"bulk-result\"")))
                .andExpect(content().string(containsString(stale.code())));
    }

    @Test
    void onlyLeadersAssignAndEachDossierIsCheckedOnItsOwn() throws Exception {
        DossierView d = atSpecialistStep("Tạ Văn Dũng", idNumber(25));
        MockHttpSession session = login(specialist);
        mvc.perform(get("/can-bo/ho-so").param("view", "unit").session(session))
                .andExpect(content().string(not(containsString("id=\"bulk-assign-submit\""))));
        mvc.perform(post("/can-bo/ho-so/phan-cong")
                        .session(session)
                        .with(csrf())
                        .param("assigneeId", specialist.id().toString())
                        .param("selected", d.code() + ":" + d.version()))
                .andExpect(flash().attribute("bulkAssigned", 0));
        // A leader of another agency does not even see it.
        mvc.perform(post("/can-bo/ho-so/phan-cong")
                        .session(login(outsider))
                        .with(csrf())
                        .param("assigneeId", outsider.id().toString())
                        .param("selected", d.code() + ":" + d.version()))
                .andExpect(flash().attribute("bulkAssigned", 0));
        assertThat(assignments(d.code())).isZero();
        mvc.perform(post("/can-bo/ho-so/phan-cong")
                        .session(login(applicant))
                        .with(csrf())
                        .param("selected", d.code()))
                .andExpect(status().isForbidden());
    }
}
