package org.motcua.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.zalo.*}: the Zalo Official Account's API for template messages (ZNS). Which approved
 * template each trigger is sent with, and its parameters, administrators set on the template page (channel
 * ZALO, {@link ZnsTemplate}); a trigger without one is not sent over Zalo, and nothing is without an
 * {@code accessToken}.
 */
@ConfigurationProperties("motcua.zalo")
record ZaloSettings(
        @DefaultValue("https://business.openapi.zalo.me/message/template")
        String url,

        @DefaultValue("") String accessToken,
        @DefaultValue("10s") Duration timeout) {

    boolean enabled() {
        return !accessToken.isBlank() && !url.isBlank();
    }
}
