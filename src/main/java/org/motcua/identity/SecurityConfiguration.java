package org.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.motcua.shared.PublicEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the API ({@code /api/**}, {@code /actuator/**}) is stateless with bearer tokens
 * and answers problem documents; the pages use a session, form login with CSRF protection and, when an
 * OIDC provider is configured, single sign-on for citizens.
 *
 * <p>Both send the security headers ({@link #headers}): a Content-Security-Policy (pages: scripts, styles,
 * fonts and connections from this origin only, no script or style in the pages themselves), Referrer-Policy,
 * Permissions-Policy, and HSTS on requests that came over HTTPS, also through a TLS proxy once {@code
 * server.forward-headers-strategy} is set (the session cookie is then {@code Secure} too).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    // Swagger UI (not ours) sets inline styles; its scripts still come from this origin only.
    static final String SWAGGER_UI_POLICY =
            PAGES_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final RequestMatcher SWAGGER_UI =
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), bluetooth=(), serial=()";

    private static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/error",
        "/favicon.ico",
        "/robots.txt",
        "/assets/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /**
     * No per-filter observations: wrapping every security filter in an observation costs more CPU per
     * request than the filters themselves (JFR, docs/benchmarks.md). HTTP server metrics are kept.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The API's own open paths (the token endpoint, public tracking), every method, so a wrong one answers
     * 405 rather than 401. A bean like the other modules', so the OpenAPI document sees them too.
     */
    @Bean
    static PublicEndpoints apiPublicEndpoints() {
        return new PublicEndpoints(
                List.of(), List.of("/api/v1/auth/token", "/api/v1/auth/password-reset/**", "/api/v1/public/**"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets a later algorithm change keep old hashes valid.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password sign-in, throttled ({@link SignInThrottle}). A locked or disabled account is told so only
     * after its password was right: to anyone else it answers as an unknown name does.
     */
    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            @org.springframework.beans.factory.annotation.Value("${motcua.security.officers-require-vneid:false}")
                    boolean officersRequireVneid) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {});
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPostAuthenticationChecks(account -> {
            status.check(account);
            // nationalportal/VNeID: where officers must sign in with VNeID, their password alone does not do.
            // Administrators keep their password, so that the system can be set up and ID numbers recorded.
            if (officersRequireVneid
                    && account instanceof SignedIn signed
                    && signed.currentUser().isOfficer()
                    && !signed.currentUser().hasRole(Role.ADMIN)) {
                throw new VneidRequiredException();
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return throttle.around(manager);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiTokens tokens,
            SecurityProblems problems,
            AuthenticationManager manager,
            List<PublicEndpoints> publicEndpoints)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .headers(headers -> headers(headers, request -> API_POLICY))
                .authenticationManager(manager)
                .csrf(csrf -> csrf.disable()) // no cookies are honoured here: CSRF cannot apply
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    auth.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    permitPublic(auth, publicEndpoints);
                    auth.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            AuthenticationManager manager,
            List<PublicEndpoints> publicEndpoints,
            ObjectProvider<ClientRegistrationRepository> oidc,
            OidcAccounts oidcAccounts)
            throws Exception {
        http.authenticationManager(withOidc(manager, oidc.getIfAvailable(), oidcAccounts))
                .headers(headers ->
                        headers(headers, request -> SWAGGER_UI.matches(request) ? SWAGGER_UI_POLICY : PAGES_POLICY))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC_PAGES).permitAll();
                    permitPublic(auth, publicEndpoints);
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + switch (e) {
                                    case SignInThrottledException wait -> "/login?wait";
                                    case LockedException locked -> "/login?locked";
                                    case VneidRequiredException vneid -> "/login?vneid";
                                    // only a self-registered account still waiting for its code is disabled
                                    case DisabledException disabled -> "/login?unverified";
                                    default -> "/login?error";
                                })))
                .logout(logout -> logout.logoutSuccessUrl("/?logout"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(user -> user.oidcUserService(oidcAccounts))
                    // Said in the log: a provider's refusal (wrong issuer, expired token) is otherwise silent.
                    .failureHandler((request, response, e) -> {
                        org.slf4j.LoggerFactory.getLogger(OidcAccounts.class)
                                .warn("external sign-in failed: {}", e.getMessage());
                        response.sendRedirect(request.getContextPath() + "/login?error");
                    }));
        }
        return http.build();
    }

    /**
     * The pages' sign-in: passwords (throttled), and when an OIDC provider is configured its authorization
     * code, which must be given its provider here: with an authentication manager of our own, the one
     * {@code oauth2Login} registers would never be asked, and every sign-in through the provider failed.
     */
    private static AuthenticationManager withOidc(
            AuthenticationManager passwords, ClientRegistrationRepository oidc, OidcAccounts oidcAccounts) {
        if (oidc == null) {
            return passwords;
        }
        var codes =
                new org.springframework.security.oauth2.client.oidc.authentication
                        .OidcAuthorizationCodeAuthenticationProvider(
                        new org.springframework.security.oauth2.client.endpoint
                                .RestClientAuthorizationCodeTokenResponseClient(),
                        oidcAccounts);
        return authentication -> codes.supports(authentication.getClass())
                ? codes.authenticate(authentication)
                : passwords.authenticate(authentication);
    }

    /** Spring Security's defaults (nosniff, frame denial, no caching, HSTS over HTTPS) and ours. */
    private static void headers(
            HeadersConfigurer<HttpSecurity> headers, Function<HttpServletRequest, String> contentSecurityPolicy) {
        headers.addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("Content-Security-Policy")) {
                        response.setHeader("Content-Security-Policy", contentSecurityPolicy.apply(request));
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    private static void permitPublic(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                            .AuthorizationManagerRequestMatcherRegistry
                    auth,
            List<PublicEndpoints> publicEndpoints) {
        for (PublicEndpoints endpoints : publicEndpoints) {
            for (String pattern : endpoints.readOnly()) {
                auth.requestMatchers(HttpMethod.GET, pattern).permitAll();
                auth.requestMatchers(HttpMethod.HEAD, pattern).permitAll();
            }
            endpoints
                    .anyMethod()
                    .forEach(pattern -> auth.requestMatchers(pattern).permitAll());
        }
    }
}
