package org.motcua.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles {@code i18n/messages_vi} (default) and {@code i18n/messages_en}. Declared here
 * because Boot's auto-configuration insists on a language-less base bundle, which we do not keep: every
 * text has a Vietnamese original and an English translation.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.VIETNAMESE);
        return messages;
    }
}
