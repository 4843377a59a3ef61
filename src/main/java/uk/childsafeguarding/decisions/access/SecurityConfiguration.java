package uk.childsafeguarding.decisions.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Health and the API description are public; everything else needs an account.
 * On embedded defaults: local accounts over HTTP Basic (API) and a login page (browser). In
 * production: OpenID Connect access tokens (JWT) whose grants claim lists "ROLE:partnership".
 * Endpoint rules check the role here; {@link Access} checks the partnership a request is about.
 *
 * CSRF protection applies to browser (session) requests; the JSON API is exempt because every API
 * POST must be application/json, which a cross-site form cannot send without a CORS preflight, and
 * no CORS is allowed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * @param accountsFile local accounts file (embedded defaults)
     * @param grantsClaim  JWT claim with the user's grants, e.g. ["PRACTITIONER:devon"]
     * @param usernameClaim JWT claim naming the user
     */
    @ConfigurationProperties("safeguarding.security")
    record SecurityProperties(String accountsFile, String grantsClaim, String usernameClaim) {
    }

    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/error"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment env, SecurityProperties props, ProblemResponses problems) throws Exception {
        boolean jwt = env.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || env.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                || env.containsProperty("spring.security.oauth2.resourceserver.jwt.public-key-location");
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        http.authorizeHttpRequests(a -> a
                .requestMatchers(PUBLIC).permitAll()
                // The sign-in page and everything it loads (including the design system's /assets/ fonts and
                // images, which its stylesheet asks for) must never answer with a Basic-auth challenge (issue 15).
                .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/assets/**", "/favicon.ico", "/favicon.svg").permitAll()
                .requestMatchers("/thresholds/**").hasRole(Role.PRACTITIONER.name())
                .requestMatchers("/notifications/**", "/reviews/**").hasRole(Role.REVIEWER.name())
                .requestMatchers("/audit/**").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/threshold-assessments").hasRole(Role.PRACTITIONER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/notification-assessments", "/api/v1/review-assessments").hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/outcome").hasAnyRole(Role.PRACTITIONER.name(), Role.REVIEWER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions/export", "/api/v1/decisions/summary", "/api/v1/audit/verification",
                        "/api/v1/replays/*").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay", "/api/v1/replays").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/*")
                        .hasAnyRole(Role.PRACTITIONER.name(), Role.REVIEWER.name(), Role.AUDITOR.name())
                .requestMatchers("/api/v1/rules", "/api/v1/rules/**").hasRole(Role.RULES_ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/partnerships", "/api/v1/indicators").authenticated()
                .anyRequest().authenticated())
            .csrf(c -> c.ignoringRequestMatchers(api))
            .headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
            .exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor((req, res, ex) -> {
                    res.setHeader("WWW-Authenticate", jwt ? "Bearer" : "Basic realm=\"safeguarding\"");
                    problems.write(res, 401, "/problems/unauthenticated", "Authentication needed",
                            jwt ? "send an access token (Bearer)" : "sign in with a local account (HTTP Basic)");
                }, api)
                // Pages get the HTML "You cannot see this page" (templates/error/403.html); the API keeps problem+json.
                .accessDeniedHandler((req, res, ex) -> {
                    if (api.matches(req)) {
                        problems.write(res, 403, "/problems/forbidden", "Not permitted", "your account's roles do not allow this");
                    } else {
                        res.sendError(403);
                    }
                }));
        if (jwt) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(jwtGrants(props))));
        } else {
            http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                res.setHeader("WWW-Authenticate", "Basic realm=\"safeguarding\"");
                problems.write(res, 401, "/problems/unauthenticated", "Authentication needed", "sign in with a local account (HTTP Basic)");
            }));
            http.formLogin(f -> f.loginPage("/login").permitAll());
            http.logout(l -> l.permitAll());
        }
        return http.build();
    }

    @Bean
    LocalAccounts localAccounts(SecurityProperties props) {
        Path file = Path.of(props.accountsFile());
        LocalAccounts accounts = LocalAccounts.load(file);
        if (accounts.isEmpty()) {
            char[] password = LocalAccounts.randomPassword();
            List<Grant> all = new ArrayList<>();
            for (Role r : Role.values()) {
                all.add(new Grant(r, Grant.ALL));
            }
            accounts.put("admin", password, all);
            // Shown once on the console, never logged: only its hash is stored.
            System.out.println("""

                    ============================================================================
                     First start: an administrator account was created (all roles, all partnerships).
                       username: admin
                       password: %s
                     This password is shown only now; only its hash is stored in %s.
                     Add further accounts with: java -jar <jar> add-account --username=NAME --grant=ROLE:partnership
                    ============================================================================
                    """.formatted(new String(password), file.toAbsolutePath()));
        }
        return accounts;
    }

    @Bean
    UserDetailsService userDetailsService(LocalAccounts accounts) {
        return username -> {
            LocalAccounts.Account a = accounts.get(username);
            if (a == null) {
                throw new UsernameNotFoundException("no such account");
            }
            return User.withUsername(a.username()).password(a.passwordHash()).authorities(authorities(a.grants())).build();
        };
    }

    @Bean
    CachingAuthenticationProvider authenticationProvider(UserDetailsService users) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(LocalAccounts.ENCODER);
        return new CachingAuthenticationProvider(dao);
    }

    static Collection<GrantedAuthority> authorities(List<Grant> grants) {
        Set<GrantedAuthority> out = new LinkedHashSet<>(grants);
        for (Grant g : grants) {
            out.add(new SimpleGrantedAuthority("ROLE_" + g.role().name()));
        }
        return out;
    }

    static Converter<Jwt, AbstractAuthenticationToken> jwtGrants(SecurityProperties props) {
        return token -> {
            List<Grant> grants = new ArrayList<>();
            List<String> claimed = token.getClaimAsStringList(props.grantsClaim());
            if (claimed != null) {
                for (String g : claimed) {
                    try {
                        grants.add(Grant.parse(g));
                    } catch (IllegalArgumentException ignored) {
                        // an unknown role in the token grants nothing
                    }
                }
            }
            String name = token.getClaimAsString(props.usernameClaim());
            return new JwtAuthenticationToken(token, authorities(grants), name == null ? token.getSubject() : name);
        };
    }

    /** Writes 401/403 as problem+json from the security filters. */
    @org.springframework.stereotype.Component
    static class ProblemResponses {
        void write(HttpServletResponse res, int status, String type, String title, String detail) throws IOException {
            res.setStatus(status);
            res.setContentType("application/problem+json");
            res.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        }
    }
}
