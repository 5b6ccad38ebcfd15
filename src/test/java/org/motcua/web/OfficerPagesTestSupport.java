package org.motcua.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureView;
import org.motcua.dossier.Actor;
import org.motcua.dossier.Applicant;
import org.motcua.dossier.DeliveryMethod;
import org.motcua.dossier.DocumentOrigin;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.Dossiers;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.Vnd;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People of a fresh run and dossiers driven through the real facade, for the officer pages' tests: the
 * demo water-drilling licence (received at the provincial center, processed by the Department of Natural
 * Resources and Environment's water unit; steps desk → specialist → unit leader → agency leader).
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
abstract class OfficerPagesTestSupport {

    static final String PASSWORD = "mật-khẩu-thử";

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    ProcedureView procedure;
    UUID center;
    UUID department;
    UUID waterUnit;
    CurrentUser desk;
    CurrentUser specialist;
    CurrentUser leader;
    CurrentUser manager;
    CurrentUser outsider;
    CurrentUser applicant;
    String run;

    @BeforeEach
    void people() {
        procedure = catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        department = catalog.agencyByCode("000.00.19.H41").orElseThrow().id();
        waterUnit = catalog.agencyByCode("000.01.19.H41").orElseThrow().id();
        UUID health = catalog.agencyByCode("000.00.24.H41").orElseThrow().id();
        run = UUID.randomUUID().toString().substring(0, 6);
        desk = person("tn-" + run, Set.of(Role.RECEPTION_OFFICER), Set.of(center));
        specialist = person("cv-" + run, Set.of(Role.SPECIALIST), Set.of(waterUnit));
        leader = person("ld-" + run, Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER), Set.of(department));
        manager = person("gd-" + run, Set.of(Role.CENTER_MANAGER), Set.of(center));
        outsider = person("yt-" + run, Set.of(Role.RECEPTION_OFFICER, Role.UNIT_LEADER), Set.of(health));
        applicant = person("cd-" + run, Set.of(Role.APPLICANT), Set.of());
    }

    CurrentUser person(String username, Set<Role> roles, Set<UUID> agencies) {
        var user = users.create(username, PASSWORD, "Cán bộ " + username, roles);
        return users.assignAgencies(user.id(), agencies);
    }

    MockHttpSession login(CurrentUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", user.username())
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    static Applicant citizen(String name, String idNumber) {
        return new Applicant(
                Applicant.ApplicantType.CITIZEN,
                name,
                Applicant.IdType.CCCD,
                idNumber,
                null,
                null,
                "0912345678",
                null,
                "Phường Hồng Sơn");
    }

    /** Submitted online by the applicant: waits for the desk (NEW). */
    DossierView online(String name, String idNumber) {
        return dossiers.submit(
                new Submit(
                        procedure.id(),
                        Channel.ONLINE,
                        center,
                        citizen(name, idNumber),
                        null,
                        DeliveryMethod.COUNTER,
                        null,
                        List.of(new DocumentInput(1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.UPLOADED))),
                List.of(),
                Actor.person(applicant),
                null);
    }

    /** Registered at the counter: received at once, at the desk's step. */
    DossierView received(String name, String idNumber, DeliveryMethod delivery) {
        return dossiers.submit(
                new Submit(
                        procedure.id(),
                        Channel.COUNTER,
                        center,
                        citizen(name, idNumber),
                        null,
                        delivery,
                        delivery == DeliveryMethod.POSTAL ? "12 Lê Lợi, Phường Hồng Sơn" : null,
                        List.of(new DocumentInput(
                                1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.SCANNED_AT_COUNTER))),
                List.of(),
                Actor.person(desk),
                null);
    }

    /** At the specialist's step (step 2) of the water unit. */
    DossierView atSpecialistStep(String name, String idNumber) {
        DossierView d = received(name, idNumber, DeliveryMethod.COUNTER);
        return act(d, DossierAction.FORWARD, desk);
    }

    /** Forwarded through every step and approved by the agency leader. */
    DossierView approved(String name, String idNumber, DeliveryMethod delivery) {
        DossierView d = received(name, idNumber, delivery);
        d = act(d, DossierAction.FORWARD, desk);
        d = act(d, DossierAction.FORWARD, specialist);
        d = act(d, DossierAction.FORWARD, leader);
        return act(d, DossierAction.APPROVE, leader);
    }

    DossierView resolved(String name, String idNumber, DeliveryMethod delivery) {
        return act(approved(name, idNumber, delivery), DossierAction.RESOLVE, leader);
    }

    DossierView act(DossierView d, DossierAction action, CurrentUser by) {
        DossierCommand command = switch (action) {
            case FORWARD -> new DossierCommand.Forward(null, null, null);
            case APPROVE -> new DossierCommand.Approve(null, null);
            case RESOLVE -> new DossierCommand.Resolve(null, null, null);
            case RECEIVE -> new DossierCommand.Receive(null);
            case CONFIRM_PAYMENT -> new DossierCommand.ConfirmPayment(null);
            default -> throw new IllegalArgumentException(action + " needs more than the action's name");
        };
        return dossiers.handle(DossierRef.of(d.code()), command, Actor.person(by));
    }

    DossierView requestPayment(DossierView d, long amount) {
        return dossiers.handle(
                DossierRef.of(d.code()), new DossierCommand.RequestPayment(Vnd.of(amount), null), Actor.person(leader));
    }

    String idNumber(int n) {
        return "0400" + String.format("%08d", (Math.abs(run.hashCode()) + n) % 100_000_000);
    }
}
