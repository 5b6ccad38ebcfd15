package org.motcua.nationalportal;

import java.util.List;
import org.motcua.shared.PublicEndpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's call-in is open to it (it proves itself with the shared secret, not a user's token). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalPortalSettings.class)
class NationalPortalConfiguration {

    @Bean
    static PublicEndpoints nationalPortalPublicEndpoints() {
        return new PublicEndpoints(List.of(), List.of("/api/v1/national-portal/inbound"));
    }
}
