package org.motcua.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** Language selection and input normalisation for every request. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "motcua-lang";

    /**
     * Pages are Vietnamese until the person chooses English with {@code ?lang=en} (kept in a cookie):
     * many browsers here are set to English, yet the center's public is Vietnamese. The API follows
     * {@code Accept-Language}, Vietnamese when nothing supported is asked for.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LanguageCookieResolver();
    }

    /**
     * The language cookie: never readable by scripts, and {@code Secure} whenever the request came over
     * HTTPS (directly, or through a TLS proxy whose forwarded headers are honoured).
     */
    private static final class LanguageCookieResolver extends CookieLocaleResolver {

        private final CookieLocaleResolver overHttps = new CookieLocaleResolver(LANGUAGE_COOKIE);

        LanguageCookieResolver() {
            super(LANGUAGE_COOKIE);
            setCookieHttpOnly(true);
            setDefaultLocaleFunction(request -> Languages.VIETNAMESE);
            overHttps.setCookieHttpOnly(true);
            overHttps.setCookieSecure(true);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return isApi(request) ? Languages.fromHeader(request) : super.resolveLocale(request);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            // LocaleContextHolder (and so every Locale parameter) is filled from this method.
            if (isApi(request)) {
                Locale locale = Languages.fromHeader(request);
                return () -> locale;
            }
            return super.resolveLocaleContext(request);
        }

        @Override
        public void setLocaleContext(
                HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
            if (request.isSecure()) {
                overHttps.setLocaleContext(request, response, localeContext);
            } else {
                super.setLocaleContext(request, response, localeContext);
            }
        }
    }

    /** An API call, also when its error is rendered by the /error dispatch. */
    private static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String s ? s : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /**
     * Browsers ask for {@code /favicon.ico} and crawlers for {@code /robots.txt} on their own; static files
     * are otherwise under /assets.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/favicon.ico", "/robots.txt").addResourceLocations("classpath:/static/");
    }

    /**
     * Far above any field's own limit (the longest, a procedure's steps or legal basis, stay well under
     * it) and checked before any rule: a longer JSON string is refused as a field error, not stored.
     */
    static final int MAX_JSON_STRING = 64 * 1024;

    /**
     * JSON strings and map keys arrive in NFC without invisible characters whatever the client sent
     * (decomposed Vietnamese is common on macOS/iOS; a NUL would reach PostgreSQL, which refuses it).
     */
    @Bean
    JacksonModule nfcStrings() {
        return new SimpleModule("motcua-nfc")
                .addDeserializer(String.class, new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser p, DeserializationContext ctxt) {
                        String value = super.deserialize(p, ctxt);
                        if (value != null && value.length() > MAX_JSON_STRING) {
                            throw new TextTooLong(p);
                        }
                        return Text.nfc(value);
                    }
                })
                .addKeyDeserializer(String.class, new KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, DeserializationContext ctxt) {
                        return Text.nfc(key);
                    }
                });
    }

    /** A JSON string over {@link #MAX_JSON_STRING}; the path to its field is added as it propagates. */
    static final class TextTooLong extends DatabindException {
        TextTooLong(JsonParser p) {
            super(p, "String value longer than " + MAX_JSON_STRING + " characters");
        }
    }

    /**
     * Path variables, headers and anything else bound to a String, like the parameters that {@link
     * ParameterTextFilter} already cleaned, are normalised as they are bound.
     */
    @ControllerAdvice
    static class NfcBinding {
        @InitBinder
        void nfc(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(Text.nfc(text));
                }
            });
        }
    }
}
