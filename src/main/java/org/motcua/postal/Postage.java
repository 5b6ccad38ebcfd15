package org.motcua.postal;

import org.motcua.shared.Vnd;

/**
 * What posting costs, shown before the applicant confirms.
 *
 * @param quoted true when the carrier quoted it, false when it is the center's configured tariff
 */
public record Postage(Carrier carrier, Vnd amount, boolean quoted) {}
