package org.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Message bundles: every {@code i18n/<name>_vi.properties} on the classpath (Vietnamese, the default)
 * with its {@code i18n/<name>_en.properties}. Each module keeps its own bundle ({@code messages} for
 * the shared texts, {@code calendar}, {@code catalog} …) so modules never edit each other's texts.
 * Declared here because Boot's auto-configuration insists on a language-less base bundle, which we do
 * not keep: every text has a Vietnamese original and an English translation.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(bundles());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.VIETNAMESE);
        return messages;
    }

    static String[] bundles() {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_vi.properties");
            return Arrays.stream(found)
                    .map(r -> r.getFilename())
                    .filter(Objects::nonNull)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_vi.properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
