package org.motcua.web;

import java.util.ArrayList;
import java.util.List;
import org.motcua.catalog.AgencyNode;
import org.motcua.catalog.AgencyView;

/** The agency tree as one list in tree order with each agency's depth, for choosing agencies in a form. */
record AgencyChoices(List<Choice> choices) {

    record Choice(AgencyView agency, int depth) {}

    static AgencyChoices of(List<AgencyNode> tree) {
        List<Choice> flat = new ArrayList<>();
        tree.forEach(node -> add(node, 0, flat));
        return new AgencyChoices(List.copyOf(flat));
    }

    private static void add(AgencyNode node, int depth, List<Choice> flat) {
        flat.add(new Choice(node.agency(), depth));
        node.children().forEach(child -> add(child, depth + 1, flat));
    }
}
