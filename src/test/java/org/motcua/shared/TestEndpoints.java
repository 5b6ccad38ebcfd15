package org.motcua.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exist only in tests, to drive every error path of the shared error model. The
 * controller is picked up by component scanning; importing this configuration opens it to anonymous calls.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEndpoints {

    @Bean
    PublicEndpoints testPublicEndpoints() {
        return new PublicEndpoints(java.util.List.of(), java.util.List.of("/api/v1/test/**"));
    }

    public record Applicant(@NotBlank String name, @Positive int sets) {}

    @RestController
    public static class EchoController {

        @PostMapping("/api/v1/test/echo")
        Applicant echo(@Valid @RequestBody Applicant applicant) {
            return applicant;
        }

        @GetMapping("/api/v1/test/query")
        String query(@RequestParam String q) {
            return q;
        }

        /** The parameters as the controller sees them when it takes the whole form as a map. */
        @PostMapping("/api/v1/test/form")
        java.util.Map<String, String> form(@RequestParam java.util.Map<String, String> form) {
            return form;
        }

        @GetMapping("/api/v1/test/locale")
        String locale(java.util.Locale locale) {
            return locale.getLanguage();
        }

        @GetMapping("/api/v1/test/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail: password=hunter2");
        }

        @GetMapping("/api/v1/test/rule")
        String rule() {
            throw DomainException.conflict("conflict.state");
        }
    }
}
