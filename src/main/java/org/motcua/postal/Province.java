package org.motcua.postal;

import java.util.List;

/** The province the center serves and its communes (after the 2025 reform: no districts). */
public record Province(String code, String name, List<Commune> communes) {

    public Province {
        communes = List.copyOf(communes);
    }
}
