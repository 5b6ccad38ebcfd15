package org.motcua.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright (README, "Test it"): Playwright never downloads a browser of
 * its own. The tests need the browser: when it is missing they fail, unless {@code -Dbrowser.tests=false}
 * says to skip them on purpose.
 */
final class Chromium {

    static final String SWITCH = "browser.tests";

    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private Chromium() {}

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH, "true"));
    }

    /** Starts Playwright and launches Chromium headless; the caller closes the Playwright (and with it the browser). */
    static Playwright.CreateOptions playwrightOptions() {
        return new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable())
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    /** The chromium binary on the PATH (Debian installs {@code /usr/bin/chromium}). */
    static Path executable() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium not found on the PATH. Install it (apt-get install -y chromium chromium-driver;"
                                + " .ci/run does) or skip the browser tests on purpose with -D" + SWITCH
                                + "=false."));
    }
}
