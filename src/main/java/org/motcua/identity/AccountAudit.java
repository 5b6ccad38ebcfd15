package org.motcua.identity;

import org.motcua.shared.audit.AuditActor;
import org.motcua.shared.audit.AuditTrail;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The identity module's part of the audit trail: every save of an account (created, or which of its
 * fields changed: never their values) is recorded in the saving transaction, whatever path saved it;
 * {@link Users#account} records that an account was shown. It also names the acting person for the trail.
 */
@Component
class AccountAudit implements AfterSaveCallback<UserAccount>, AuditActor {

    private final AuditTrail trail;

    AccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public UserAccount onAfterSave(UserAccount account) {
        if (account.isNew() || !account.changes().isEmpty()) {
            trail.changed(
                    account.isNew() ? "account.created" : "account.changed",
                    AuditTrail.Subject.account(account.username()),
                    String.join(",", account.changes()));
        }
        account.changes().clear();
        return account;
    }

    @Override
    public String current() {
        CurrentUser user =
                CurrentUserResolver.current(SecurityContextHolder.getContext().getAuthentication());
        return user == null ? null : user.username();
    }
}
