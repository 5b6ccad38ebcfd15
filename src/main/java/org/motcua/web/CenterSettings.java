package org.motcua.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.center.*}: how the service center presents itself on every page (name, hotline).
 * Exposed to templates as {@code center}.
 */
@ConfigurationProperties("motcua.center")
public record CenterSettings(
        @DefaultValue("Trung tâm Phục vụ hành chính công tỉnh")
        String name,

        @DefaultValue("Provincial Public Administrative Service Center")
        String nameEn,

        @DefaultValue("") String address,
        @DefaultValue("") String hotline,
        @DefaultValue("") String email) {}
