package org.motcua.catalog;

import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Anyone may read the public catalog. */
    @Bean
    PublicEndpoints catalogPublicEndpoints() {
        return PublicEndpoints.readOnly(
                "/api/v1/procedures",
                "/api/v1/procedures/**",
                "/api/v1/agencies",
                "/api/v1/agencies/**",
                "/api/v1/fields",
                "/api/v1/fields/**");
    }
}
