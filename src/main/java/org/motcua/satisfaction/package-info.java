/**
 * Satisfaction: the applicant's rating of the service once the result of a dossier was returned (at the
 * counter tablet, on the portal, or through the signed link of the "result returned" message), one per
 * dossier, changeable for a short time, about the officer who returned it. Fed by the dossier's {@code
 * DossierReturned} event; publishes {@link org.motcua.satisfaction.DossierRated} for the statistics. See
 * {@code docs/satisfaction.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction")
package org.motcua.satisfaction;
