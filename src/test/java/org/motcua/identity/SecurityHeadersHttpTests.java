package org.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers on pages and the API, and cookies behind a TLS proxy: the application is set up as
 * behind one ({@code server.forward-headers-strategy: native}); the proxy says HTTPS with {@code
 * X-Forwarded-Proto}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SecurityHeadersHttpTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesSendTheContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
        for (String page : List.of("/", "/login", "/thu-tuc", "/tra-cuu", "/lich/han-xu-ly", "/no-such-page")) {
            var response = get(page);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValue(SecurityConfiguration.PAGES_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(page)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
    }

    @Test
    void swaggerUiMayUseInlineStylesButNoOtherScriptThanItsOwnFiles() throws Exception {
        var policy = get("/swagger-ui/index.html").headers().firstValue("Content-Security-Policy");
        assertThat(policy).hasValue(SecurityConfiguration.SWAGGER_UI_POLICY);
        assertThat(policy.orElseThrow()).contains("script-src 'self';", "style-src 'self' 'unsafe-inline';");
    }

    @Test
    void theApiSendsAPolicyThatAllowsNothing() throws Exception {
        var response = get("/api/v1/procedures");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void behindATlsProxyPagesSendHstsAndTheCookiesAreSecure() throws Exception {
        var response = get("/login?lang=en", "X-Forwarded-Proto", "https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("motcua-lang=en")
                        .containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly"));
        assertThat(get("/api/v1/procedures", "X-Forwarded-Proto", "https")
                        .headers()
                        .firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void overPlainHttpTheLanguageCookieIsHttpOnlyButNotSecure() throws Exception {
        List<String> cookies = get("/?lang=en").headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("motcua-lang=en")
                        .containsIgnoringCase("; HttpOnly")
                        .doesNotContainIgnoringCase("; Secure"));
    }

    @Test
    void theFaviconIsServed() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(0, 0, 1, 0); // an icon file
    }

    @Test
    void pagesAreCompressedAndDescribedAndRobotsAreToldWhatToLeaveAlone() throws Exception {
        var compressed = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/thu-tuc"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String page = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<meta name=\"description\" content=\"").contains("tra cứu thủ tục hành chính");

        var robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(robots.body()).contains("Disallow: /quan-tri", "Disallow: /api/", "Allow: /");
    }

    /** The policy allows no script or style in the pages: templates keep theirs in /assets. */
    @Test
    void noTemplateCarriesScriptOrStyleOfItsOwn() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)|\\son[a-z]+=|\\sth:on[a-z]+=|\\sstyle=|\\sth:style=|<style");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(p -> p.toString().endsWith(".html")).forEach(template -> {
                try {
                    assertThat(inline.matcher(Files.readString(template)).find())
                            .as(template.toString())
                            .isFalse();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
