package org.motcua.catalog;

public enum ResultKind {
    ELECTRONIC,
    PAPER,
    BOTH
}
