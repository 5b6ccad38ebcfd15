package org.motcua.web;

import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The one-stop desk's pages (online queue, return counter) are for reception officers only. */
final class Desk {

    private Desk() {}

    static void require(CurrentUser user) {
        if (user == null || !user.hasRole(Role.RECEPTION_OFFICER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
