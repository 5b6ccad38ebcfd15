/**
 * The dossier (hồ sơ): one application for one procedure by one applicant, from submission or receipt
 * at the one-stop desk through the competent agency's workflow steps to the returned result, under the
 * legal deadlines computed by the calendar module. The whole lifecycle table lives in {@link
 * org.motcua.dossier.DossierStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package org.motcua.dossier;
