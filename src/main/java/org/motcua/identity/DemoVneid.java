package org.motcua.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.motcua.shared.DomainException;
import org.motcua.shared.PublicEndpoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Demo mode only: a fake VNeID, i.e. the national portal's single sign-on as an OpenID Connect provider
 * (authorization code flow, RS256-signed ID tokens, JWKS, UserInfo) issuing the portal's Vietnamese claim
 * set ({@code SoDinhDanh}, {@code HoVaTen}, {@code NgayThangNamSinh}, {@code TechID}, {@code loginIdp},
 * {@code loAs}). Registered as the {@code vneid} sign-in provider unless one is configured, so "Đăng nhập
 * bằng VNeID" works with no setup. Its key is made at start; its codes live in memory (one node).
 */
@Hidden
@Controller
@ConditionalOnBooleanProperty("motcua.demo")
class DemoVneid {

    static final String API = "/api/v1/demo/vneid";
    static final String PAGE = "/demo/vneid/authorize";
    static final String CLIENT_ID = "motcua-demo";
    static final String CLIENT_SECRET = "demo-secret";

    /** The demo's citizens: name, ID number, date of birth, assurance level, where they proved it. */
    record Person(String name, String idNumber, String birth, String loa, String idp, String techId) {}

    static final List<Person> PEOPLE = List.of(
            new Person("Nguyễn Thị Minh Khai", "040190012345", "19900519", "LoA2", "BCA", "TECH-0001"),
            new Person("Trần Quốc Toản", "040085067890", "19851203", "LoA2", "BCA", "TECH-0002"),
            new Person("Lê Văn Hưu", "040072034567", "19720301", "LoA1", "DVCQG", "TECH-0003"));

    private record Grant(Person person, String nonce, String redirectUri, Instant expires) {}

    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private final Environment environment;
    private final Clock clock;

    DemoVneid(Environment environment, Clock clock) throws JOSEException {
        this.environment = environment;
        this.clock = clock;
        this.key = new RSAKeyGenerator(2048).keyID("demo-vneid").generate();
    }

    @Bean
    static PublicEndpoints demoVneidEndpoints() {
        return new PublicEndpoints(List.of(PAGE, PAGE + "/**"), List.of(API + "/**"));
    }

    /** Where the provider answers: this application's own address (the port it really listens on). */
    String issuer() {
        String port = environment.getProperty("local.server.port");
        String base = port != null
                ? "http://localhost:" + port
                : environment.getProperty("motcua.public-base-url", "http://localhost:8080");
        return base.replaceAll("/+$", "") + API;
    }

    // ---- the provider's page: choose who signs in ------------------------------------------------------

    @GetMapping(PAGE)
    String authorize(
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String nonce,
            Model model) {
        check(clientId, redirectUri);
        List<Map<String, String>> choices = new ArrayList<>();
        for (int i = 0; i < PEOPLE.size(); i++) {
            Person p = PEOPLE.get(i);
            choices.add(Map.of(
                    "name", p.name(),
                    "idNumber", p.idNumber(),
                    "loa", p.loa(),
                    "href",
                            UriComponentsBuilder.fromPath(PAGE + "/chon")
                                    .queryParam("i", i)
                                    .queryParam("redirect_uri", redirectUri)
                                    .queryParam("state", state == null ? "" : state)
                                    .queryParam("nonce", nonce == null ? "" : nonce)
                                    .encode()
                                    .build()
                                    .toUriString()));
        }
        model.addAttribute("choices", choices);
        return "identity/demo-vneid";
    }

    @GetMapping(PAGE + "/chon")
    ResponseEntity<Void> choose(
            @RequestParam int i,
            @RequestParam(name = "redirect_uri") String redirectUri,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String nonce) {
        check(CLIENT_ID, redirectUri);
        if (i < 0 || i >= PEOPLE.size()) {
            throw DomainException.notFound("identity.demo_person_not_found", i);
        }
        String code = UUID.randomUUID().toString();
        codes.put(
                code,
                new Grant(PEOPLE.get(i), nonce, redirectUri, clock.instant().plusSeconds(120)));
        URI back = UriComponentsBuilder.fromUriString(redirectUri)
                .queryParam("code", code)
                .queryParam("state", state)
                .encode()
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(back).build();
    }

    private static void check(String clientId, String redirectUri) {
        // Only this application's own sign-in comes back here: no open redirect from a fake provider either.
        if (!CLIENT_ID.equals(clientId) || redirectUri == null || !redirectUri.endsWith("/login/oauth2/code/vneid")) {
            throw new DomainException("identity.demo_client_unknown", HttpStatus.BAD_REQUEST);
        }
    }

    // ---- the provider's machine endpoints ---------------------------------------------------------------

    @GetMapping(API + "/jwks")
    @ResponseBody
    Map<String, Object> jwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    @PostMapping(path = API + "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form) throws JOSEException {
        Grant grant = codes.remove(String.valueOf(form.getFirst("code")));
        if (grant == null
                || grant.expires().isBefore(clock.instant())
                || !grant.redirectUri().equals(form.getFirst("redirect_uri"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_grant"));
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(grant.person().techId())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
        if (grant.nonce() != null && !grant.nonce().isBlank()) {
            claims.claim("nonce", grant.nonce());
        }
        claims(grant.person()).forEach(claims::claim);
        SignedJWT idToken = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        idToken.sign(new RSASSASigner(key));
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant.person());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", 600);
        body.put("scope", "openid profile");
        body.put("id_token", idToken.serialize());
        return ResponseEntity.ok(body);
    }

    @GetMapping(API + "/userinfo")
    @ResponseBody
    ResponseEntity<Map<String, Object>> userInfo(
            @RequestHeader(name = "Authorization", required = false) String bearer) {
        Person person = bearer == null ? null : accessTokens.get(bearer.replaceFirst("(?i)^Bearer ", ""));
        if (person == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", person.techId());
        body.putAll(claims(person));
        return ResponseEntity.ok(body);
    }

    /** The portal SSO's claim set (docs/integration.md). */
    static Map<String, Object> claims(Person p) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("TechID", p.techId());
        c.put("LoaiTaiKhoan", "1");
        c.put("HoVaTen", p.name());
        c.put("name", p.name());
        c.put("SoDinhDanh", p.idNumber());
        c.put("NgayThangNamSinh", p.birth());
        c.put("loginIdp", p.idp());
        c.put("loAs", p.loa());
        return c;
    }

    /**
     * The sign-in providers: those configured ({@code spring.security.oauth2.client.registration.*}) and,
     * unless one is called {@code vneid}, this fake one.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("motcua.demo")
    static class Registration {

        @Bean
        ClientRegistrationRepository clientRegistrationRepository(Environment environment, DemoVneid vneid) {
            OAuth2ClientProperties properties = Binder.get(environment)
                    .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                    .orElseGet(OAuth2ClientProperties::new);
            Map<String, ClientRegistration> configured =
                    new LinkedHashMap<>(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
            return new Repository(configured, vneid);
        }
    }

    /** Built on first use, once the server's port is known. */
    static final class Repository implements ClientRegistrationRepository, Iterable<ClientRegistration> {
        private final Map<String, ClientRegistration> configured;
        private final DemoVneid vneid;

        Repository(Map<String, ClientRegistration> configured, DemoVneid vneid) {
            this.configured = configured;
            this.vneid = vneid;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            return all().get(id);
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return all().values().iterator();
        }

        private Map<String, ClientRegistration> all() {
            if (configured.containsKey("vneid")) {
                return configured;
            }
            Map<String, ClientRegistration> all = new LinkedHashMap<>(configured);
            String issuer = vneid.issuer();
            String base = issuer.substring(0, issuer.length() - API.length());
            all.put(
                    "vneid",
                    ClientRegistration.withRegistrationId("vneid")
                            .clientId(CLIENT_ID)
                            .clientSecret(CLIENT_SECRET)
                            .clientName("VNeID")
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile")
                            .authorizationUri(base + PAGE)
                            .tokenUri(issuer + "/token")
                            .jwkSetUri(issuer + "/jwks")
                            // No UserInfo call: the claims are in the ID token, and the API's bearer filter would
                            // take the provider's access token for one of ours.
                            .userNameAttributeName("sub")
                            .issuerUri(issuer)
                            .build());
            return all;
        }
    }
}
