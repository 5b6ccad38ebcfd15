package org.motcua.identity;

import java.util.List;
import org.motcua.shared.PublicEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two filter chains: the API ({@code /api/**}, {@code /actuator/**}) is stateless with bearer tokens
 * and answers problem documents; the pages use a session, form login with CSRF protection and, when an
 * OIDC provider is configured, single sign-on for citizens.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/error",
        "/favicon.ico",
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
        return new PublicEndpoints(List.of(), List.of("/api/v1/auth/token", "/api/v1/public/**"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets a later algorithm change keep old hashes valid.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts, PasswordEncoder passwords, ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
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
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC_PAGES).permitAll();
                    permitPublic(auth, publicEndpoints);
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + switch (e) {
                                    case LockedException locked -> "/login?locked";
                                    // only a self-registered account still waiting for its code is disabled
                                    case DisabledException disabled -> "/login?unverified";
                                    default -> "/login?error";
                                })))
                .logout(logout -> logout.logoutSuccessUrl("/?logout"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(
                    login -> login.loginPage("/login").userInfoEndpoint(user -> user.oidcUserService(oidcAccounts)));
        }
        return http.build();
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
