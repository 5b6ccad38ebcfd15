package org.motcua.postal;

/**
 * A commune-level unit (xã, phường, đặc khu) of the province, as in the official list.
 *
 * @param level "Xã", "Phường" or "Đặc khu"
 */
public record Commune(String code, String name, String level) {}
