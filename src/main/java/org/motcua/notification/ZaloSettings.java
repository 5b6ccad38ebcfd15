package org.motcua.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.zalo.*}: Zalo Official Account template messages (ZNS). Each trigger is sent with the
 * template registered and approved at Zalo under the id given in {@code templates} (e.g. {@code
 * RECEIVED: "231456"}); the placeholders are its template data. A trigger without a template id is not
 * sent over Zalo; nothing is without an {@code accessToken}.
 */
@ConfigurationProperties("motcua.zalo")
record ZaloSettings(
        @DefaultValue("https://business.openapi.zalo.me/message/template")
        String url,

        @DefaultValue("") String accessToken,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Map<Trigger, String> templates) {

    boolean enabled() {
        return !accessToken.isBlank() && !url.isBlank();
    }

    String template(Trigger trigger) {
        return templates == null ? null : templates.get(trigger);
    }
}
