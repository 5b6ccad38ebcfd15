package org.motcua.catalog;

import java.util.List;

/** An agency with its sub-units, for the agency tree. */
public record AgencyNode(AgencyView agency, List<AgencyNode> children) {

    public AgencyNode {
        children = List.copyOf(children);
    }
}
