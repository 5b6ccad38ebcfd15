package org.motcua.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The OpenAPI document at {@code /v3/api-docs}: info, the bearer security scheme and the {@code Problem}
 * schema every error response uses. Two customizers complete each operation from what the code already
 * says, so the document does not drift from the application:
 *
 * <ul>
 *   <li>errors: the {@link ProblemResponse} annotations of the method and its controller become {@code
 *       application/problem+json} responses listing their codes (with their English titles, an example
 *       each, and the codes as {@code x-problem-codes}). The errors the framework answers for any
 *       operation are derived from its signature: a body ({@code request.malformed}, 413, 415), a
 *       validated argument ({@code validation.failed}), a typed or required parameter ({@code
 *       request.invalid_parameter}, {@code request.missing_parameter});
 *   <li>security: an operation is public when a {@link PublicEndpoints} bean opens its path for its method
 *       and it has no {@link PreAuthorize}; every other one needs the bearer token and answers 401
 *       ({@code auth.required}, {@code auth.invalid_token}), with {@link PreAuthorize} also 403 ({@code
 *       auth.forbidden}). An explicit {@code @SecurityRequirement} on the method wins. Public operations
 *       still answer 401 {@code auth.invalid_token} to a bearer token that is not valid.
 * </ul>
 *
 * Redocly CLI lints the result in CI ({@code .ci/run}); see the README, "API document".
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_CODES = "x-problem-codes";

    /** Set by the operation customizer for the document customizer, which removes it. */
    private static final String PRE_AUTHORIZE = "x-motcua-pre-authorize";

    static {
        // Request details the application resolves itself, never parameters a client sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Locale.class);
    }

    @Bean
    OpenAPI motcuaOpenApi(
            @Value("${motcua.api.license.name}") String licenseName,
            @Value("${motcua.api.license.url:}") String licenseUrl,
            @Value("${motcua.api.contact.name}") String contactName,
            @Value("${motcua.api.contact.url:}") String contactUrl,
            @Value("${motcua.api.contact.email:}") String contactEmail) {
        return new OpenAPI()
                .info(new Info()
                        .title("motcua API")
                        .version("v1")
                        .description("""
                                One-stop-shop ("một cửa") administrative procedures: the public catalog of \
                                procedures and agencies, dossiers from submission to the returned result, \
                                their forms and documents, and the working calendar that sets their deadlines.

                                **Authentication.** `POST /api/v1/auth/token` exchanges a username and password \
                                for a bearer token; send it as `Authorization: Bearer <token>`. Operations \
                                whose security requirement is empty (public catalog, public tracking, calendar \
                                reads) need none.

                                **Errors.** Every error is an RFC 9457 problem document \
                                (`application/problem+json`, schema `Problem`) with a stable `code`; each \
                                operation lists, per status, the codes it may answer (also machine-readable as \
                                `x-problem-codes`). Titles and details follow `Accept-Language` (Vietnamese by \
                                default, or English).""")
                        .license(new License().name(licenseName).url(blankToNull(licenseUrl)))
                        .contact(new Contact()
                                .name(contactName)
                                .url(blankToNull(contactUrl))
                                .email(blankToNull(contactEmail))))
                .servers(List.of(new Server().url("/").description("The server that serves this document")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An opaque token from POST /api/v1/auth/token"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas("ProblemFieldError", fieldErrorSchema()));
    }

    @Bean
    OperationCustomizer problemResponsesCustomizer(MessageSource messages) {
        ProblemResponseWriter writer = new ProblemResponseWriter(messages);
        return (operation, handler) -> {
            Map<Integer, Set<String>> codes = new TreeMap<>();
            fromSignature(handler, codes);
            for (ProblemResponse declared : declared(handler)) {
                codes.computeIfAbsent(declared.status(), s -> new LinkedHashSet<>())
                        .addAll(List.of(declared.codes()));
            }
            codes.forEach((status, list) -> writer.put(operation, status, list));
            if (preAuthorized(handler)) {
                operation.addExtension(PRE_AUTHORIZE, true);
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer securityCustomizer(ObjectProvider<PublicEndpoints> publicEndpoints, MessageSource messages) {
        ProblemResponseWriter writer = new ProblemResponseWriter(messages);
        AntPathMatcher matcher = new AntPathMatcher();
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            List<PublicEndpoints> open = publicEndpoints.orderedStream().toList();
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        boolean preAuthorized = operation.getExtensions() != null
                                && operation.getExtensions().remove(PRE_AUTHORIZE) != null;
                        if (operation.getExtensions() != null
                                && operation.getExtensions().isEmpty()) {
                            operation.setExtensions(null);
                        }
                        boolean openPath = !preAuthorized && isPublic(open, matcher, path, method);
                        boolean secured = operation.getSecurity() != null
                                ? !operation.getSecurity().isEmpty()
                                : !openPath;
                        if (!secured) {
                            operation.setSecurity(new ArrayList<>()); // explicitly none, overriding the global bearer
                        }
                        // The bearer filter runs on every API path: a token that is sent must be valid.
                        writer.put(
                                operation,
                                401,
                                openPath
                                        ? List.of("auth.invalid_token")
                                        : List.of("auth.required", "auth.invalid_token"));
                        if (preAuthorized) {
                            writer.put(operation, 403, List.of("auth.forbidden"));
                        }
                        operation.setResponses(inStatusOrder(operation.getResponses()));
                    }));
        };
    }

    /** Success first, then the errors by status; {@code default} last. */
    private static ApiResponses inStatusOrder(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((String key) -> !key.matches("\\d{3}"))
                        .thenComparing(Comparator.naturalOrder())))
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }

    /** The errors the framework answers before the method runs, from the method's parameters. */
    private static void fromSignature(HandlerMethod handler, Map<Integer, Set<String>> codes) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean consumes = mapping != null && mapping.consumes().length > 0;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
            boolean file = MultipartFile.class.isAssignableFrom(type) || isFileList(parameter);
            RequestBody body = parameter.getParameterAnnotation(RequestBody.class);
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (body != null || part != null && !file) {
                add(codes, 400, "request.malformed");
                add(codes, 413, "request.too_large");
                add(codes, 415, "request.unsupported_media_type");
            }
            if (part != null && part.required() || file && param != null && param.required()) {
                add(codes, 400, "request.missing_parameter");
            }
            if (file) {
                add(codes, 413, "request.too_large");
            }
            if ((param != null || path != null) && !file && type != String.class) {
                add(codes, 400, "request.invalid_parameter");
            }
            if (param != null
                    && !file
                    && param.required()
                    && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                    && !parameter.isOptional()) {
                add(codes, 400, "request.missing_parameter");
            }
            if ((body != null || part != null || param != null || path != null) && validated(parameter)) {
                add(codes, 400, "validation.failed");
            }
        }
        if (consumes) {
            add(codes, 415, "request.unsupported_media_type");
        }
    }

    private static boolean isFileList(MethodParameter parameter) {
        if (!Collection.class.isAssignableFrom(parameter.getParameterType())) {
            return false;
        }
        Class<?> element = parameter.nested().getNestedParameterType();
        return MultipartFile.class.isAssignableFrom(element);
    }

    /** {@code @Valid}, {@code @Validated} or a Bean Validation constraint on the argument. */
    private static boolean validated(MethodParameter parameter) {
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == Valid.class
                    || type == Validated.class
                    || type.isAnnotationPresent(jakarta.validation.Constraint.class)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Integer, Set<String>> codes, int status, String code) {
        codes.computeIfAbsent(status, s -> new LinkedHashSet<>()).add(code);
    }

    private static boolean isPublic(
            List<PublicEndpoints> open, AntPathMatcher matcher, String path, PathItem.HttpMethod method) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        for (PublicEndpoints endpoints : open) {
            if (endpoints.anyMethod().stream().anyMatch(p -> matcher.match(p, path))
                    || read && endpoints.readOnly().stream().anyMatch(p -> matcher.match(p, path))) {
                return true;
            }
        }
        return false;
    }

    private static List<ProblemResponse> declared(HandlerMethod handler) {
        List<ProblemResponse> all = new ArrayList<>(
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getBeanType(), ProblemResponse.class));
        all.addAll(AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ProblemResponse.class));
        return all;
    }

    private static boolean preAuthorized(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    /**
     * Writes one {@code application/problem+json} response per status: the codes (merged with those
     * already there), their English titles, an example each.
     */
    static final class ProblemResponseWriter {

        private final MessageSource messages;

        ProblemResponseWriter(MessageSource messages) {
            this.messages = messages;
        }

        void put(Operation operation, int status, Collection<String> codes) {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            String key = Integer.toString(status);
            Set<String> all = new LinkedHashSet<>();
            ApiResponse existing = operation.getResponses().get(key);
            if (existing != null && existing.getExtensions() != null) {
                if (existing.getExtensions().get(PROBLEM_CODES) instanceof List<?> before) {
                    before.forEach(code -> all.add(code.toString()));
                }
            }
            all.addAll(codes);
            HttpStatus known = HttpStatus.resolve(status);
            StringBuilder text =
                    new StringBuilder(known != null ? known.getReasonPhrase() : "Error").append(". Problem codes:\n");
            MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
            for (String code : all) {
                Optional<String> title = title(code);
                text.append("\n- `").append(code).append('`');
                title.ifPresent(t -> text.append(": ").append(t));
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("type", Problems.TYPE_PREFIX + code);
                value.put("title", title.orElse(code));
                value.put("status", status);
                value.put("code", code);
                media.addExamples(
                        code, new Example().summary(title.orElse(code)).value(value));
            }
            ApiResponse response = new ApiResponse()
                    .description(text.toString())
                    .content(new Content().addMediaType(PROBLEM_JSON, media));
            response.addExtension(PROBLEM_CODES, new ArrayList<>(all));
            operation.getResponses().addApiResponse(key, response);
        }

        private Optional<String> title(String code) {
            return Optional.ofNullable(messages.getMessage("problem." + code + ".title", null, null, Locale.ENGLISH));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document; `code` is stable, `title` and `detail` are localised.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("`urn:motcua:problem:` followed by the code")
                                .example("urn:motcua:problem:dossier.not_found"))
                .addProperty("title", new StringSchema().description("Short, localised summary"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(404))
                .addProperty("detail", new StringSchema().description("Localised explanation of this occurrence"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty(
                        "code",
                        new StringSchema().description("Stable error code").example("dossier.not_found"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/ProblemFieldError"))
                                .description("The invalid fields, for validation problems"))
                .addProperty("traceId", new StringSchema().description("Trace id of the request, for support"))
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("One invalid field of the request")
                .addProperty(
                        "field",
                        new StringSchema().description("Path of the field").example("applicant.name"))
                .addProperty(
                        "code",
                        new StringSchema().description("Stable rule code").example("NotBlank"))
                .addProperty("message", new StringSchema().description("Localised sentence"))
                .required(List.of("field", "code"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
