package org.motcua.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who a person is as the national single sign-on asserted it (VNeID through the national portal's SSO):
 * the personal ID number the account is linked to, name and date of birth (prefilled, never typed again),
 * and the level of assurance of that sign-in.
 *
 * @param techId the portal's account id ({@code TechID}), which the portal's dossier sync calls MaDoiTuong
 * @param loginIdp where the person proved who they are ({@code BCA} = VNeID, Ministry of Public Security)
 * @param verifiedAt when; null for an ID number an administrator recorded before any sign-in
 */
public record VerifiedIdentity(
        String idNumber,
        String fullName,
        LocalDate dateOfBirth,
        String assuranceLevel,
        String techId,
        String loginIdp,
        Instant verifiedAt)
        implements java.io.Serializable {

    /** Whether the name, ID number and date of birth came from a sign-in (not typed by anyone). */
    public boolean verified() {
        return verifiedAt != null;
    }
}
