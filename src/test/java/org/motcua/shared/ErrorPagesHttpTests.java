package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
