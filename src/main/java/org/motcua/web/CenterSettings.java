package org.motcua.web;

import org.motcua.catalog.AgencyView;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.center.*}: how the service center presents itself on every page (name, address, hotline,
 * e-mail). Exposed to templates as {@code center}. What is left empty is taken from the province's service
 * center in the catalog ({@link #orFrom}), so a province configures its center in one place.
 */
@ConfigurationProperties("motcua.center")
public record CenterSettings(
        @DefaultValue("") String name,
        @DefaultValue("") String nameEn,
        @DefaultValue("") String address,
        @DefaultValue("") String hotline,
        @DefaultValue("") String email) {

    private static final String GENERIC_NAME = "Trung tâm Phục vụ hành chính công";
    private static final String GENERIC_NAME_EN = "Public Administrative Service Center";

    /** These settings, each empty one filled from the catalog's service center (which may be null). */
    CenterSettings orFrom(AgencyView center) {
        return new CenterSettings(
                first(name, center == null ? null : center.name(), GENERIC_NAME),
                first(nameEn, GENERIC_NAME_EN),
                first(address, center == null ? null : center.address(), ""),
                first(hotline, center == null ? null : center.phone(), ""),
                first(email, center == null ? null : center.email(), ""));
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }
}
