package org.motcua.shared;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Outside demo mode the application does not start while {@code motcua.public-base-url} is a local address:
 * every printed form's QR code and every notification's link is built from it, and {@code localhost}
 * leads citizens nowhere. Checked as soon as the settings are read, before anything else starts
 * (registered in {@code META-INF/spring.factories}); {@link Analyzer} prints the reason and the fix.
 */
public class PublicAddressCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String PROPERTY = "motcua.public-base-url";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        // Demo mode, or a command (a restore) that prints no form and sends no message.
        if (environment.getProperty("motcua.demo", Boolean.class, false)
                || environment.containsProperty("motcua.command")) {
            return;
        }
        String url = environment.getProperty(PROPERTY);
        if (url == null || isLocal(url)) {
            throw new LocalPublicAddressException(url);
        }
    }

    /** Whether {@code url} names this machine (or nothing a citizen could reach). */
    static boolean isLocal(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException malformed) {
            return true;
        }
        if (host == null) {
            return true;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.startsWith("127.")
                || host.equals("0.0.0.0")
                || host.equals("[::1]")
                || host.equals("[::]");
    }

    /** The application was asked to start for real with a public address that is this machine. */
    public static class LocalPublicAddressException extends IllegalStateException {

        private final String url;

        LocalPublicAddressException(String url) {
            super(PROPERTY + " is " + (url == null ? "not set" : "'" + url + "'")
                    + ", an address on this machine, outside demo mode: the QR codes on printed forms and the links"
                    + " in notifications would lead citizens nowhere");
            this.url = url;
        }

        public String url() {
            return url;
        }
    }

    /** Says plainly, on a failed start, what to set. */
    public static class Analyzer extends AbstractFailureAnalyzer<LocalPublicAddressException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, LocalPublicAddressException cause) {
            return new FailureAnalysis(
                    cause.getMessage() + ".",
                    "Set " + PROPERTY + " to the address citizens use to reach this center, e.g."
                            + " --" + PROPERTY + "=https://dichvucong.hong-lam.gov.vn (or MOTCUA_PUBLIC_BASE_URL=…),"
                            + " or start with --motcua.demo=true to try motcua on this machine.",
                    cause);
        }
    }
}
