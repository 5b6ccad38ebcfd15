package org.motcua.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts linked to personal ID numbers: by a sign-in through the national SSO (VNeID), which also records
 * the name, date of birth and assurance level it asserted, or by an administrator who records an officer's ID
 * number so that the officer's VNeID sign-in reaches their officer account.
 */
@Service
public class VerifiedIdentities {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}|\\d{9}");

    private final JdbcClient jdbc;

    VerifiedIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<VerifiedIdentity> of(UUID accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id_number, full_name, date_of_birth, assurance_level, tech_id, login_idp, verified_at
                          from identity.verified_identity where account_id = ?""")
                .params(accountId)
                .query((rs, i) -> new VerifiedIdentity(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    Optional<UUID> accountOf(String idNumber) {
        return jdbc.sql("select account_id from identity.verified_identity where id_number = ?")
                .params(idNumber)
                .query(UUID.class)
                .optional();
    }

    /** Records (or refreshes) what a sign-in asserted about the account's holder. */
    void record(UUID accountId, VerifiedIdentity identity, String issuer) {
        jdbc.sql("""
                        insert into identity.verified_identity (account_id, id_number, full_name, date_of_birth,
                            assurance_level, tech_id, login_idp, issuer, verified_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (account_id) do update
                           set id_number = excluded.id_number, full_name = excluded.full_name,
                               date_of_birth = excluded.date_of_birth, assurance_level = excluded.assurance_level,
                               tech_id = excluded.tech_id, login_idp = excluded.login_idp, issuer = excluded.issuer,
                               verified_at = excluded.verified_at""")
                .params(
                        accountId,
                        identity.idNumber(),
                        identity.fullName(),
                        identity.dateOfBirth(),
                        identity.assuranceLevel(),
                        identity.techId(),
                        identity.loginIdp(),
                        issuer,
                        Timestamp.from(identity.verifiedAt() == null ? Instant.now() : identity.verifiedAt()))
                .update();
    }

    /**
     * An administrator links an officer's account to the officer's ID number: their next sign-in with VNeID
     * reaches this account. Refused when another account holds the number.
     */
    @Transactional
    public void link(UUID accountId, String idNumber) {
        String number = Text.line(idNumber);
        if (number == null || !ID_NUMBER.matcher(number).matches()) {
            throw DomainException.invalid("validation.failed", List.of(new FieldError("idNumber", "IdNumber", null)));
        }
        Optional<UUID> holder = accountOf(number);
        if (holder.isPresent() && !holder.get().equals(accountId)) {
            throw DomainException.conflict("identity.id_number_taken");
        }
        jdbc.sql("""
                        insert into identity.verified_identity (account_id, id_number) values (?, ?)
                        on conflict (account_id) do update set id_number = excluded.id_number""").params(accountId, number).update();
    }
}
