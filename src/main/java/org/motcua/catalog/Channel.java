package org.motcua.catalog;

/** How a dossier may be submitted (domain §3: counter, online, public postal service). */
public enum Channel {
    COUNTER,
    ONLINE,
    POSTAL
}
