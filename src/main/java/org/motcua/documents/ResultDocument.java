package org.motcua.documents;

import java.time.LocalDateTime;

/**
 * A result produced from a template instead of uploaded: the competent agency's decision on a dossier,
 * printed under the national motto for the head of the agency to sign, or handed over as it is.
 *
 * @param procedureCode picks {@code forms/results/<code>.html} when a procedure has its own layout; the
 *     generic result ({@code forms/result.html}) otherwise
 * @param resultName what the procedure gives (the catalog's result name, e.g. "Giấy phép …"): the title;
 *     empty for the generic "kết quả giải quyết"
 * @param decision the decision as the officer typed it
 */
public record ResultDocument(
        String procedureCode,
        DossierForm.Issuer issuer,
        String code,
        DossierForm.Party applicant,
        String procedureName,
        String resultName,
        String decision,
        LocalDateTime decidedAt,
        DossierForm.Signer signer) {}
