package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Errors that never reach a controller go through the servlet container's error dispatch to Boot's
 * fallback error controller; only a real server shows that path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestEndpoints.class)
class ErrorPagesHttpTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void unknownApiRouteIs404ProblemDocument() throws Exception {
        var response = send(at("/api/v1/test/unknown").header("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"code\":\"request.not_found\"")
                .contains("\"title\":\"Không tìm thấy\"")
                .contains("\"instance\":\"/api/v1/test/unknown\"")
                .contains("\"traceId\":");
    }

    @Test
    void wrongMethodIs405ProblemDocumentInTheAskedLanguage() throws Exception {
        var response =
                send(at("/api/v1/test/echo").header("Accept-Language", "en").DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body())
                .contains("\"code\":\"request.method_not_allowed\"")
                .contains("\"title\":\"Method not allowed\"");
    }

    @Test
    void unsupportedLanguageFallsBackToVietnamese() throws Exception {
        var response = send(at("/api/v1/test/unknown").header("Accept-Language", "fr-FR"));
        assertThat(response.body()).contains("\"title\":\"Không tìm thấy\"");
    }

    @Test
    void protectedApiWithoutTokenIs401ProblemDocument() throws Exception {
        var response = send(at("/api/v1/auth/me"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("\"code\":\"auth.required\"").contains("Cần đăng nhập");
    }

    @Test
    void homePageIsVietnamese() throws Exception {
        var response = send(at("/").header("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"vi\">")
                .contains("Trung tâm Phục vụ hành chính công")
                .contains("href=\"/thu-tuc\"")
                .contains("href=\"/tra-cuu\"")
                .contains("href=\"/login\"");
    }

    @Test
    void languageSwitchTurnsPagesEnglish() throws Exception {
        var response = send(at("/?lang=en").header("Accept", "text/html"));
        assertThat(response.body()).contains("<html lang=\"en\">").contains("Track an application");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("motcua-lang=en");
        var next = send(at("/login").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertThat(next.body()).contains("Sign in");
    }

    /** The raw answer to a request no HTTP client library would send: {@code head} ends with its headers. */
    String raw(String head, Charset charset) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(charset));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestLineTooLongForTheServerIsAProblemDocument() throws Exception {
        String answer = raw(
                "GET /api/v1/test/query?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nAccept: application/json\r\n",
                StandardCharsets.US_ASCII);
        assertThat(answer)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"code\":\"request.invalid\"")
                .contains("\"title\":\"Yêu cầu không hợp lệ\"")
                .contains("\"status\":400")
                .contains("\"traceId\":");
    }

    @Test
    void theServersRefusalIsInEnglishWhenAskedFor() throws Exception {
        // (a request line too long is refused before the headers are read: it can only be Vietnamese)
        String answer =
                raw("GET /api/v1/dossiers/..%2f..%2fx HTTP/1.1\r\nAccept-Language: en\r\n", StandardCharsets.US_ASCII);
        assertThat(answer)
                .startsWith("HTTP/1.1 400")
                .contains("\"code\":\"request.invalid\"")
                .contains("\"title\":\"Invalid request\"");
    }

    @Test
    void anEncodedSlashIsAProblemDocument() throws Exception {
        String answer = raw("GET /api/v1/dossiers/..%2f..%2fx HTTP/1.1\r\n", StandardCharsets.US_ASCII);
        assertThat(answer)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"code\":\"request.invalid\"")
                .contains("\"instance\":\"/api/v1/dossiers/..%2f..%2fx\"");
    }

    @Test
    void anEncodedClimbAboveTheRootIsAProblemDocumentThatBlamesNoJson() throws Exception {
        String answer = raw("GET /api/v1/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n", StandardCharsets.US_ASCII);
        assertThat(answer)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"code\":\"request.invalid\"")
                .doesNotContain("JSON");
    }

    @Test
    void browsersGetAPageInTheirLanguageForTheServersRefusal() throws Exception {
        String answer = raw(
                "GET /thu-tuc/..%2f..%2fx HTTP/1.1\r\nAccept: text/html,application/xhtml+xml\r\n",
                StandardCharsets.US_ASCII);
        assertThat(answer)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: text/html")
                .contains("<html lang=\"vi\">")
                .contains("<h1>Yêu cầu không hợp lệ</h1>")
                .contains("Về trang chủ")
                .doesNotContain("Tomcat");
    }

    @Test
    void aBearerTokenWithLettersOutsideAsciiIsAnInvalidToken() throws Exception {
        for (String token : new String[] {"tökén", "đế", "токен"}) {
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1}) {
                String answer = raw("GET /api/v1/auth/me HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\n", charset);
                assertThat(answer)
                        .as("%s in %s", token, charset)
                        .startsWith("HTTP/1.1 401")
                        .contains("WWW-Authenticate: Bearer")
                        .contains("\"code\":\"auth.invalid_token\"");
            }
        }
    }
}
