/**
 * Identity: user accounts, roles, the agencies an officer serves, sign-in (form, API token, optional
 * OIDC) and sign-in throttling after repeated failures. Other modules see a signed-in person as a {@link
 * org.motcua.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.motcua.identity;
