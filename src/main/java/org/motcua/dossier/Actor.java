package org.motcua.dossier;

import org.motcua.identity.CurrentUser;

/**
 * Who acts on a dossier: a person signed in (their roles and the agencies they serve decide what they may
 * do), or a module acting as the system (what it may do is fixed per module).
 */
public sealed interface Actor {

    record Person(CurrentUser user) implements Actor {
        public Person {
            if (user == null) {
                throw new IllegalArgumentException("a person acting must be signed in");
            }
        }
    }

    record System(SystemModule module) implements Actor {
        public System {
            if (module == null) {
                throw new IllegalArgumentException("the acting module is required");
            }
        }
    }

    static Actor person(CurrentUser user) {
        return new Person(user);
    }

    static Actor system(SystemModule module) {
        return new System(module);
    }

    /** The person acting, or null for the system. */
    default CurrentUser user() {
        return this instanceof Person p ? p.user() : null;
    }
}
