package org.motcua.calendar;

import org.motcua.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarEndpoints {

    /** Holidays, working hours and deadlines are public information; changes need an administrator. */
    @Bean
    PublicEndpoints calendarPublicEndpoints() {
        return PublicEndpoints.readOnly("/api/v1/calendar/**");
    }
}
