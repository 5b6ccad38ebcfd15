package org.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.Actor;
import org.motcua.dossier.DossierAction;
import org.motcua.dossier.DossierCommand;
import org.motcua.dossier.DossierCommand.Assign;
import org.motcua.dossier.DossierDocuments;
import org.motcua.dossier.DossierRef;
import org.motcua.dossier.DossierStatus;
import org.motcua.dossier.DossierView;
import org.motcua.dossier.DossierWorklists;
import org.motcua.dossier.Dossiers;
import org.motcua.dossier.RegisteredCapital;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.notification.Notifications;
import org.motcua.shared.DomainException;
import org.motcua.shared.Paging;
import org.motcua.shared.Text;
import org.motcua.shared.Vnd;
import org.motcua.statistics.ResultFigureTags;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's workspace: the worklist (what is due first comes first, coloured by deadline with words)
 * and the dossier page with the actions its state and the officer's role allow. Every action goes
 * through the same {@link Dossiers} facade, rules and permissions as the API.
 */
@Controller
@RequestMapping("/can-bo/ho-so")
class OfficerWorkspace {

    private final Dossiers dossiers;
    private final DossierWorklists worklists;
    private final Catalog catalog;
    private final Users users;
    private final DossierDocuments documents;
    private final MessageSource messages;
    private final Notifications notifications;
    private final ResultFigureTags resultFigures;

    OfficerWorkspace(
            Dossiers dossiers,
            DossierWorklists worklists,
            Catalog catalog,
            Users users,
            DossierDocuments documents,
            MessageSource messages,
            Notifications notifications,
            ResultFigureTags resultFigures) {
        this.notifications = notifications;
        this.resultFigures = resultFigures;
        this.dossiers = dossiers;
        this.documents = documents;
        this.users = users;
        this.worklists = worklists;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String worklist(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String due,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) UUID agency,
            @RequestParam(required = false) String today,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model) {
        if (user == null || !user.isOfficer()) {
            return "redirect:/";
        }
        List<String> views = views(user);
        String v = views.contains(view) ? view : views.getFirst();
        String d = "overdue".equals(due) || "soon".equals(due) ? due : null;
        String t = "received".equals(today) || "returned".equals(today) ? today : null;
        model.addAttribute("views", views);
        model.addAttribute("view", v);
        model.addAttribute("due", d);
        model.addAttribute("q", Text.clean(q));
        model.addAttribute("status", status);
        model.addAttribute(
                "agency", agency == null ? null : catalog.agency(agency).orElse(null));
        model.addAttribute("today", t);
        model.addAttribute(
                "result",
                worklists.find(
                        new DossierWorklists.Query(v, status, null, d, q, Paging.clamp(page, 25), 25, agency, t),
                        user));
        // A unit or agency leader assigns several dossiers at once to one of their officers.
        model.addAttribute("assignees", dossiers.assigneesOf(user));
        return "officer/worklist";
    }

    /** The lists an officer chooses from, their usual one first: a center manager oversees the center. */
    private static List<String> views(CurrentUser user) {
        boolean works = user.hasRole(Role.RECEPTION_OFFICER)
                || user.hasRole(Role.SPECIALIST)
                || user.hasRole(Role.UNIT_LEADER)
                || user.hasRole(Role.AGENCY_LEADER);
        List<String> views = new ArrayList<>();
        if (user.hasRole(Role.CENTER_MANAGER) && !works) {
            views.add("center");
        }
        if (works) {
            views.addAll(List.of("unit", "mine", "agency"));
        }
        if (user.hasRole(Role.RECEPTION_OFFICER) || (user.hasRole(Role.CENTER_MANAGER) && works)) {
            views.add("center");
        }
        if (views.isEmpty()) {
            views.add("agency");
        }
        return views;
    }

    /** What the worklist's bulk assignment posts: the rows ticked ({@code ref:version}) and the officer. */
    record BulkAssignment(List<String> selected, UUID assigneeId, String view, String due, String q) {}

    /** One dossier the bulk assignment could not assign, and why. */
    /** Kept in the session as a flash attribute until the next page: serialisable (docs/scaling.md). */
    record Failure(String ref, String reason) implements java.io.Serializable {}

    /**
     * Assigns each ticked dossier through the same action as the dossier page: each one authorized, with
     * its own history row and its own version check. One that fails (someone acted on it meanwhile) is
     * reported by its code; the others are assigned.
     */
    @PostMapping("/phan-cong")
    String assignMany(
            @ModelAttribute BulkAssignment form, CurrentUser user, Locale locale, RedirectAttributes redirect) {
        if (user == null || !user.isOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (form.view() != null && !form.view().isBlank()) {
            redirect.addAttribute("view", form.view());
        }
        if (form.due() != null && !form.due().isBlank()) {
            redirect.addAttribute("due", form.due());
        }
        if (form.q() != null && !form.q().isBlank()) {
            redirect.addAttribute("q", form.q());
        }
        List<String> selected = form.selected() == null ? List.of() : form.selected();
        if (selected.isEmpty() || form.assigneeId() == null) {
            redirect.addFlashAttribute("bulkError", selected.isEmpty() ? "NothingSelected" : "NoAssignee");
            return "redirect:/can-bo/ho-so";
        }
        int assigned = 0;
        List<Failure> failures = new ArrayList<>();
        for (String item : selected) {
            int colon = item.lastIndexOf(':');
            String ref = colon < 0 ? item : item.substring(0, colon);
            Long version = colon < 0 ? null : parseVersion(item.substring(colon + 1));
            try {
                dossiers.handle(DossierRef.of(ref), new Assign(form.assigneeId(), version), Actor.person(user));
                assigned++;
            } catch (DomainException e) {
                String reason = e.fieldErrors().isEmpty()
                        ? Rejections.title(messages, e, locale)
                        : messages.getMessage(
                                "field." + e.fieldErrors().getFirst().code(), null, e.code(), locale);
                failures.add(new Failure(ref, reason));
            }
        }
        redirect.addFlashAttribute("bulkAssigned", assigned);
        redirect.addFlashAttribute("bulkFailures", failures);
        return "redirect:/can-bo/ho-so";
    }

    private static Long parseVersion(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/{code}")
    String dossier(@PathVariable String code, CurrentUser user, Locale locale, Model model) {
        if (user == null || !user.isOfficer()) {
            return "redirect:/";
        }
        DossierView dossier = dossiers.get(code, user);
        model.addAttribute("dossier", dossier);
        model.addAttribute("history", dossiers.history(code, user));
        model.addAttribute("issued", documents.list(code, user));
        model.addAttribute("notifications", notifications.ofDossier(code, user));
        model.addAttribute(
                "assignees",
                dossier.allowedActions().contains(DossierAction.ASSIGN.path())
                        ? dossiers.assignees(code, user)
                        : List.of());
        model.addAttribute(
                "assignee",
                dossier.assigneeId() == null
                        ? null
                        : users.find(dossier.assigneeId())
                                .map(CurrentUser::displayName)
                                .orElse(null));
        model.addAttribute("agencies", catalog.agencies());
        // An enterprise or investment registration records the capital its result registers.
        model.addAttribute(
                "resultFigure",
                dossier.allowedActions().contains(DossierAction.RESOLVE.path())
                        ? resultFigures.of(dossier.procedureId()).orElse(null)
                        : null);
        return "officer/dossier";
    }

    /** What the action forms post; each action reads the fields it needs. */
    record ActionForm(
            String note,
            UUID assigneeId,
            Integer toStep,
            UUID agencyId,
            BigDecimal days,
            Long amountVnd,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            LocalDateTime newAppointment,

            Boolean lateApology,
            String recipientName,
            String idNumber,
            String relationship,
            String trackingNumber,
            String decision,
            String signer,
            Long capitalVnd,
            Boolean foreignInvestor,
            Long version) {

        /** The command the form of this action asks for (built inside the page's error handling). */
        DossierCommand command(DossierAction action) {
            return switch (action) {
                case RECEIVE -> new DossierCommand.Receive(version);
                case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(note, version);
                case REFUSE -> new DossierCommand.Refuse(note, version);
                case ASSIGN -> new DossierCommand.Assign(assigneeId, version);
                case FORWARD -> new DossierCommand.Forward(toStep, note, version);
                case SEND_BACK -> new DossierCommand.SendBack(toStep, note, version);
                case CONSULT -> new DossierCommand.Consult(agencyId, note, days, version);
                case ANSWER -> new DossierCommand.Answer(agencyId, note, version);
                case REQUEST_PAYMENT ->
                    new DossierCommand.RequestPayment(
                            amountVnd == null || amountVnd < 0 ? null : Vnd.of(amountVnd), version);
                case CONFIRM_PAYMENT -> new DossierCommand.ConfirmPayment(version);
                case EXTEND -> new DossierCommand.Extend(newAppointment, note, lateApology, signer, version);
                case APPROVE -> new DossierCommand.Approve(note, version);
                case REJECT -> new DossierCommand.Reject(note, version);
                case RESOLVE ->
                    new DossierCommand.Resolve(
                            decision,
                            signer,
                            version,
                            capitalVnd == null
                                    ? null
                                    : new RegisteredCapital(Vnd.of(capitalVnd), Boolean.TRUE.equals(foreignInvestor)));
                case WITHDRAW -> new DossierCommand.Withdraw(note, version);
                case STOP -> new DossierCommand.Stop(note, signer, version);
                case RETURN_RESULT ->
                    new DossierCommand.ReturnResult(recipientName, idNumber, relationship, trackingNumber, version);
                // Answered on the applicant's own page.
                case SUBMIT_SUPPLEMENT -> throw DomainException.notFound("dossier.unknown_action", action.path());
            };
        }
    }

    @PostMapping("/{code}/{action}")
    String act(
            @PathVariable String code,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        DossierAction a = DossierAction.fromPath(action)
                .orElseThrow(() -> DomainException.notFound("dossier.unknown_action", action));
        try {
            var view = dossiers.handle(DossierRef.of(code), form.command(a), Actor.person(user));
            redirect.addFlashAttribute("done", a.path());
            return "redirect:/can-bo/ho-so/" + (view.code() != null ? view.code() : view.id());
        } catch (DomainException e) {
            Rejections.banner(redirect, messages, e, locale);
            redirect.addFlashAttribute("failedAction", a.path());
            return "redirect:/can-bo/ho-so/" + code;
        }
    }
}
