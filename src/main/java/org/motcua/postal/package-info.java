/**
 * Postal return of results and postal pickup of papers (bưu chính công ích): structured addresses in the
 * province's communes, carrier adapters (VNPost, ViettelPost, a demo carrier), postal orders, labels and
 * delivery states. Acts on dossiers only through the dossier's door, as the person at the counter or as
 * the system module {@code POSTAL}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Postal")
package org.motcua.postal;
