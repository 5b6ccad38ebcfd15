package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document: written to {@code target/openapi.json}, which {@code .ci/run} lints with Redocly
 * CLI, and checked here for what the linter cannot know. Same configuration as the other demo MockMvc
 * tests (e.g. {@code CatalogControllerTests}), so it reuses their cached application context.
 */
@SpringBootTest(properties = "motcua.demo=true")
@AutoConfigureMockMvc
class OpenApiDocumentTests {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    JsonNode document;

    record Op(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeEach
    void fetchAndWrite() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        document = json.readTree(body);
        // Indented, so that Redocly's line numbers point somewhere readable.
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/openapi.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    if (METHODS.contains(op.getKey())) {
                        ops.add(new Op(op.getKey(), path.getKey(), op.getValue()));
                    }
                }));
        assertThat(ops).hasSizeGreaterThan(40);
        return ops;
    }

    Op operation(String method, String path) {
        return operations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    @Test
    void declaresTheBearerSchemeForEveryOperationByDefault() {
        JsonNode scheme = document.at("/components/securitySchemes/bearerAuth");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearerAuth")).isTrue();
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
        assertThat(document.at("/info/contact/name").asString()).isNotBlank();
        assertThat(document.at("/info/description").asString()).isNotBlank();
        assertThat(document.at("/servers/0/url").asString()).isNotBlank();
    }

    @Test
    void publicOperationsNeedNoTokenAndSecuredOnesAnswer401() {
        for (Op open : List.of(
                operation("post", "/api/v1/auth/token"),
                operation("get", "/api/v1/procedures"),
                operation("post", "/api/v1/public/dossiers/{code}/track"),
                operation("get", "/api/v1/calendar/deadline"))) {
            assertThat(open.node().get("security"))
                    .as(open + " security")
                    .isNotNull()
                    .isEmpty();
            // Only a token that is sent and not valid is refused.
            assertThat(codes(open, "401")).as(open + " 401").doesNotContain("auth.required");
        }
        for (Op secured : List.of(
                operation("get", "/api/v1/dossiers"),
                operation("get", "/api/v1/auth/me"),
                operation("delete", "/api/v1/auth/token"),
                operation("get", "/api/v1/calendar/changes"),
                operation("post", "/api/v1/admin/agencies"))) {
            JsonNode security = secured.node().get("security");
            assertThat(security == null || !security.isEmpty())
                    .as(secured + " security")
                    .isTrue();
            assertThat(codes(secured, "401")).as(secured + " 401").contains("auth.invalid_token");
        }
        assertThat(codes(operation("get", "/api/v1/dossiers"), "401")).contains("auth.required");
        // The token endpoint is open; revoking sends the token, and no token is no error.
        assertThat(operation("delete", "/api/v1/auth/token")
                        .node()
                        .at("/security/0")
                        .has("bearerAuth"))
                .isTrue();
        assertThat(codes(operation("delete", "/api/v1/auth/token"), "401")).containsExactly("auth.invalid_token");
        assertThat(codes(operation("get", "/api/v1/calendar/changes"), "403")).contains("auth.forbidden");
    }

    @Test
    void theSignedInUserAndTheLanguageAreNoParameters() {
        for (Op op : operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                assertThat(parameter.path("name").asString())
                        .as(op + " parameter")
                        .isNotIn("user", "locale");
            }
        }
    }

    @Test
    void everyOperationHasASummaryAUniqueIdAndRealMediaTypes() {
        Set<String> ids = new HashSet<>();
        for (Op op : operations()) {
            assertThat(op.node().path("summary").asString()).as(op + " summary").isNotBlank();
            assertThat(ids.add(op.node().path("operationId").asString()))
                    .as(op + " operationId " + op.node().path("operationId"))
                    .isTrue();
            op.node()
                    .path("responses")
                    .properties()
                    .forEach(response -> assertThat(
                                    response.getValue().path("content").propertyNames())
                            .as(op + " " + response.getKey() + " media types")
                            .doesNotContain("*/*"));
        }
    }

    @Test
    void everyOperationListsItsProblemResponses() {
        for (Op op : operations()) {
            List<String> problems = new ArrayList<>();
            op.node().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4")) {
                    JsonNode schema = response.getValue().at("/content/application~1problem+json/schema");
                    assertThat(schema.path("$ref").asString())
                            .as(op + " " + response.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(response.getValue().path("description").asString())
                            .as(op + " " + response.getKey() + " description")
                            .contains("Problem codes:");
                    problems.add(response.getKey());
                }
            });
            assertThat(problems).as(op + " 4xx problem responses").isNotEmpty();
        }
        assertThat(codes(operation("post", "/api/v1/public/dossiers/{code}/track"), "404"))
                .containsExactly("dossier.not_found");
        assertThat(codes(operation("post", "/api/v1/auth/token"), "400")).contains("validation.failed");
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertThat(problem.propertyNames())
                .contains("type", "title", "status", "detail", "instance", "code", "errors", "traceId");
        assertThat(document.at("/components/schemas/ProblemFieldError/properties")
                        .propertyNames())
                .contains("field", "code", "message");
    }

    @Test
    void everyProblemCodeHasItsTextsInBothLanguages() {
        Set<String> all = new java.util.TreeSet<>();
        for (Op op : operations()) {
            op.node().path("responses").properties().forEach(response -> {
                response.getValue().path("x-problem-codes").forEach(code -> all.add(code.asString()));
                response.getValue()
                        .at("/content/application~1problem+json/examples")
                        .properties()
                        .forEach(example -> assertThat(
                                        example.getValue().at("/value/code").asString())
                                .as(op + " " + response.getKey() + " example")
                                .isEqualTo(example.getKey()));
            });
        }
        assertThat(all).hasSizeGreaterThan(40);
        for (String code : all) {
            for (Locale language : List.of(Languages.VIETNAMESE, Locale.ENGLISH)) {
                assertThat(messages.getMessage("problem." + code + ".title", null, null, language))
                        .as(code + " title in " + language)
                        .isNotBlank();
            }
        }
    }

    List<String> codes(Op op, String status) {
        List<String> codes = new ArrayList<>();
        op.node().at("/responses/" + status + "/x-problem-codes").forEach(c -> codes.add(c.asString()));
        return codes;
    }
}
