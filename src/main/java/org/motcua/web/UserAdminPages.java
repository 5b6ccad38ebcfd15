package org.motcua.web;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.identity.Account;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.identity.Users.AccountQuery;
import org.motcua.identity.Users.OfficerDraft;
import org.motcua.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * "Quản trị người dùng": find accounts, create an officer's account (a generated password is shown
 * once), change roles and agencies, lock, unlock, reset a password. The rules (own ADMIN role, self
 * lock, agencies for officer roles) are the {@link Users} facade's.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/quan-tri/nguoi-dung")
class UserAdminPages {

    private static final int PAGE_SIZE = 25;
    private static final String CREATED = UserAdminPages.class.getName() + ".created";

    private final Users users;
    private final Catalog catalog;
    private final MessageSource messages;

    UserAdminPages(Users users, Catalog catalog, MessageSource messages) {
        this.users = users;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** The account form as typed (roles and agencies as the checked boxes). */
    record OfficerForm(
            String username,
            String displayName,
            String email,
            String phone,
            String password,
            List<String> roles,
            List<String> agencyIds,
            String submissionKey) {

        static OfficerForm of(Account a) {
            return new OfficerForm(
                    a.username(),
                    a.displayName(),
                    a.email(),
                    a.phone(),
                    null,
                    a.roles().stream().map(Role::name).toList(),
                    a.agencyIds().stream().map(UUID::toString).toList(),
                    null);
        }

        OfficerDraft draft() {
            return new OfficerDraft(
                    username,
                    displayName,
                    email,
                    phone,
                    values(
                            roles,
                            r -> Arrays.stream(Role.values())
                                    .filter(role -> role.name().equals(r))
                                    .findFirst()
                                    .orElse(null)),
                    values(agencyIds, a -> {
                        try {
                            return UUID.fromString(a);
                        } catch (IllegalArgumentException malformed) {
                            return null;
                        }
                    }));
        }

        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }

        public boolean hasAgency(UUID agency) {
            return agencyIds != null && agencyIds.contains(agency.toString());
        }

        private static <T> Set<T> values(List<String> typed, Function<String, T> parse) {
            return typed == null
                    ? Set.of()
                    : typed.stream()
                            .map(parse)
                            .filter(java.util.Objects::nonNull)
                            .collect(Collectors.toSet());
        }
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(name = "vaiTro", required = false) String role,
            @RequestParam(name = "coQuan", required = false) String agency,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        Role chosenRole = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role))
                .findFirst()
                .orElse(null);
        UUID chosenAgency = parseUuid(agency);
        Users.AccountPage found =
                users.search(new AccountQuery(q, chosenRole, chosenAgency, Math.max(0, page - 1), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("role", chosenRole);
        model.addAttribute("agency", chosenAgency);
        model.addAttribute("found", found);
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "agencyChoices", AgencyChoices.of(catalog.agencyTree()).choices());
        model.addAttribute("agencies", agencyNames());
        return "admin/users";
    }

    @GetMapping("/moi")
    String newOfficer(Model model) {
        return form(
                null,
                new OfficerForm(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        UUID.randomUUID().toString()),
                model);
    }

    /** A repeated submission key (double click) shows the account created by the first one. */
    @PostMapping("/moi")
    String create(
            @ModelAttribute("form") OfficerForm form,
            CurrentUser admin,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        Map<String, Users.CreatedAccount> created = (Map<String, Users.CreatedAccount>) session.getAttribute(CREATED);
        if (created == null) {
            created = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
            session.setAttribute(CREATED, created);
        }
        Users.CreatedAccount account = form.submissionKey() == null ? null : created.get(form.submissionKey());
        if (account == null) {
            try {
                account = users.createOfficer(admin, form.draft(), form.password());
            } catch (DomainException rejected) {
                AccountProblems.show(model, rejected, messages);
                return form(null, form, model);
            }
            if (form.submissionKey() != null) {
                created.put(form.submissionKey(), account);
            }
        }
        redirect.addFlashAttribute(
                "notice", message("admin.users.created", account.account().username()));
        if (account.generatedPassword() != null) {
            redirect.addFlashAttribute("generatedPassword", account.generatedPassword());
        }
        return "redirect:/quan-tri/nguoi-dung/" + account.account().id();
    }

    @GetMapping("/{id}")
    String account(@PathVariable UUID id, Model model) {
        Account account = load(id);
        return form(account, OfficerForm.of(account), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") OfficerForm form,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        Account account = load(id);
        try {
            users.updateOfficer(admin, id, form.draft());
            redirect.addFlashAttribute("notice", message("admin.users.saved"));
            return "redirect:/quan-tri/nguoi-dung/" + id;
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            return form(
                    account,
                    new OfficerForm(
                            account.username(),
                            form.displayName(),
                            form.email(),
                            form.phone(),
                            null,
                            form.roles(),
                            form.agencyIds(),
                            null),
                    model);
        }
    }

    @PostMapping("/{id}/khoa")
    String lock(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.lock(admin, id), "admin.users.locked");
    }

    @PostMapping("/{id}/mo-khoa")
    String unlock(@PathVariable UUID id, CurrentUser admin, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.unlock(admin, id), "admin.users.unlocked");
    }

    @PostMapping("/{id}/dat-lai-mat-khau")
    String resetPassword(
            @PathVariable UUID id,
            @RequestParam(name = "newPassword", required = false) String password,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        Account account = load(id);
        try {
            users.resetPassword(admin, id, password)
                    .ifPresent(generated -> redirect.addFlashAttribute("generatedPassword", generated));
            redirect.addFlashAttribute("notice", message("admin.users.passwordReset"));
            return "redirect:/quan-tri/nguoi-dung/" + id;
        } catch (DomainException rejected) {
            AccountProblems.show(model, rejected, messages);
            // the password rule belongs to this form's field, not the account form's
            @SuppressWarnings("unchecked")
            Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
            if (errors != null && errors.containsKey("password")) {
                errors.put("newPassword", errors.remove("password"));
            }
            return form(account, OfficerForm.of(account), model);
        }
    }

    private String act(UUID id, RedirectAttributes redirect, java.util.function.Supplier<Account> action, String done) {
        load(id);
        try {
            Account account = action.get();
            redirect.addFlashAttribute("notice", message(done, account.username()));
        } catch (DomainException rejected) {
            redirect.addFlashAttribute("refusal", message("problem." + rejected.code() + ".detail", rejected.args()));
        }
        return "redirect:/quan-tri/nguoi-dung/" + id;
    }

    private String form(Account account, OfficerForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "agencyChoices", AgencyChoices.of(catalog.agencyTree()).choices());
        return "admin/user";
    }

    private Map<UUID, String> agencyNames() {
        return catalog.agencies().stream()
                .collect(Collectors.toMap(
                        AgencyView::id, a -> a.shortName() != null ? a.shortName() : a.name(), (a, b) -> a));
    }

    private Account load(UUID id) {
        return users.account(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static UUID parseUuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
