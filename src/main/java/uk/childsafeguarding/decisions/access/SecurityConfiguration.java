package uk.childsafeguarding.decisions.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. Health and the API description are public; everything else needs an account.
 * On embedded defaults: local accounts over HTTP Basic (API) and a login page (browser). In
 * production: OpenID Connect access tokens (JWT) whose grants claim lists "ROLE:partnership".
 * Endpoint rules check the role here; {@link Access} checks the partnership a request is about.
 *
 * Sign-ins are throttled per account and per client address ({@link LoginThrottle}); changes to the
 * accounts file take effect while the service runs ({@link LocalAccounts}).
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

    // the API description is public as JSON and as a YAML file to download; its browsable page (/swagger-ui.html) is for signed-in users
    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/api/v1/audit/public-key"};

    /**
     * Deny by default: every request must match a rule below for its method and path, so a method a
     * rule does not name (HEAD, OPTIONS, PUT, TRACE ...) is refused rather than slipping through a
     * GET-only role rule. Error dispatches (/error) are allowed for any method so refusals can be answered.
     *
     * CSRF: browser sessions need a token for every state-changing call. An API call is exempt only
     * when it cannot be a forgery riding on a session: it sends no session cookie (nothing to ride
     * on; it is refused as unauthenticated), carries its own credentials (an Authorization header,
     * which a cross-site form cannot set) or a JSON body (which a cross-site page can only send after
     * a CORS preflight, and no CORS is allowed). A POST with no body and only the session cookie (the
     * rules reload) therefore needs the token.
     */
    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment env, SecurityProperties props, ProblemResponses problems,
            CachingAuthenticationProvider localSignIns) throws Exception {
        boolean jwt = jwtMode(env);
        refuseOpenIdConnectUnderSpringAot(jwt, org.springframework.aot.AotDetector.useGeneratedArtifacts());
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        RequestMatcher mayNotRideOnASession = request -> request.getRequestedSessionId() == null || request.getHeader("Authorization") != null
                || request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        RequestMatcher browserPages = request -> !api.matches(request) && acceptsHtml(request);
        String[] pages = {"/", "/rules", "/rules/**", "/decisions/**"};
        http.authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC).permitAll()
                .requestMatchers(HttpMethod.HEAD, "/actuator/health").permitAll()
                // The sign-in page and everything it loads (including the design system's /assets/ fonts and
                // images, which its stylesheet asks for) must never answer with a Basic-auth challenge (issue 15).
                .requestMatchers(HttpMethod.GET, "/login", "/webjars/**", "/css/**", "/js/**", "/assets/**", "/favicon.ico", "/favicon.svg").permitAll()
                .requestMatchers(HttpMethod.POST, "/login", "/logout").permitAll()
                .requestMatchers(HttpMethod.GET, "/thresholds/**").hasRole(Role.PRACTITIONER.name())
                .requestMatchers(HttpMethod.POST, "/thresholds", "/thresholds/**").hasRole(Role.PRACTITIONER.name())
                .requestMatchers(HttpMethod.GET, "/notifications/**", "/reviews/**").hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.POST, "/notifications", "/notifications/**", "/reviews", "/reviews/**").hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.GET, "/audit", "/audit/**").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/audit", "/audit/**").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/threshold-assessments").hasRole(Role.PRACTITIONER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/notification-assessments", "/api/v1/review-assessments").hasRole(Role.REVIEWER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/outcome").hasAnyRole(Role.PRACTITIONER.name(), Role.REVIEWER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions/export", "/api/v1/decisions/summary", "/api/v1/audit/verification",
                        "/api/v1/audit/checkpoints", "/api/v1/audit/chain", "/api/v1/replays/*").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay", "/api/v1/replays").hasRole(Role.AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/*", "/api/v1/decisions/*/proof", "/api/v1/decisions/*/what-would-change")
                        .hasAnyRole(Role.PRACTITIONER.name(), Role.REVIEWER.name(), Role.AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/rules").hasRole(Role.RULES_ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/rules/reload").hasRole(Role.RULES_ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/partnerships", "/api/v1/indicators", "/api/v1/partnerships/*/policy").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/partnerships/*/policy/sign-off").hasRole(Role.POLICY_OWNER.name())
                .requestMatchers(HttpMethod.GET, "/partnerships/*/policy").authenticated()
                .requestMatchers(HttpMethod.POST, "/partnerships/*/policy/sign-off").hasRole(Role.POLICY_OWNER.name())
                .requestMatchers(HttpMethod.GET, pages).authenticated()
                .requestMatchers(HttpMethod.POST, "/decisions/*/outcome").authenticated()
                // any other address a signed-in user asks for with GET is simply not found (404)
                .requestMatchers(HttpMethod.GET, "/**").authenticated()
                .anyRequest().denyAll())
            .csrf(c -> c.ignoringRequestMatchers(request -> api.matches(request) && mayNotRideOnASession.matches(request)))
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
                        problems.write(res, 403, "/problems/forbidden", "Not permitted",
                                ex instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "a call made with a browser session needs its CSRF token, or a JSON body"
                                        : "your account's roles do not allow this");
                    } else {
                        res.sendError(403);
                    }
                }));
        if (jwt) {
            // a refused token is a 401 problem+json like every other refusal (RFC 6750 error code in the header)
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(jwtGrants(props))).authenticationEntryPoint((req, res, ex) -> {
                res.setHeader("WWW-Authenticate", req.getHeader("Authorization") == null ? "Bearer" : "Bearer error=\"invalid_token\"");
                problems.write(res, 401, "/problems/unauthenticated", "Authentication needed",
                        req.getHeader("Authorization") == null ? "send an access token (Bearer)" : "the access token was refused");
            }));
        } else {
            // The login page is named by a relative address, never built from the request's Host header.
            LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
            loginPage.setFavorRelativeUris(true);
            http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(loginPage, browserPages));
            http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                if (ex instanceof LoginThrottle.Throttled t) {
                    res.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                    problems.write(res, 429, "/problems/too-many-sign-ins", "Too many wrong passwords",
                            "sign-in is paused for this account or address; try again in " + t.retryAfterSeconds() + " seconds");
                    return;
                }
                res.setHeader("WWW-Authenticate", "Basic realm=\"safeguarding\"");
                problems.write(res, 401, "/problems/unauthenticated", "Authentication needed", "sign in with a local account (HTTP Basic)");
            }));
            // A throttled form sign-in shows the form's own error, like a wrong password.
            http.formLogin(f -> f.loginPage("/login").permitAll().failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
            http.logout(l -> l.permitAll());
            http.addFilterAfter(endSessionsOfChangedAccounts(localSignIns), BasicAuthenticationFilter.class);
        }
        // Pages write their CSRF token (sign-out form) at the end, after the first part of a long page
        // has been sent; the session that holds the token must exist before then, or the page is cut off.
        http.addFilterAfter(csrfTokenBeforeThePage(), CsrfFilter.class);
        return http.build();
    }

    /**
     * The fast start (scripts/aot-cache.sh: -Dspring.aot.enabled=true) runs bean definitions fixed when
     * the jar was built, without OpenID Connect settings, so Boot's token decoder is not among them:
     * with OpenID Connect settings it would start and then refuse every token. It stops instead, saying
     * why.
     */
    static void refuseOpenIdConnectUnderSpringAot(boolean jwt, boolean springAot) {
        if (jwt && springAot) {
            throw new IllegalStateException("OpenID Connect settings (spring.security.oauth2.resourceserver.jwt.*) need the ordinary start: "
                    + "the ahead-of-time start (-Dspring.aot.enabled=true) was prepared without them. Start without -Dspring.aot.enabled=true.");
        }
    }

    static boolean jwtMode(Environment env) {
        return env.containsProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || env.containsProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                || env.containsProperty("spring.security.oauth2.resourceserver.jwt.public-key-location");
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"));
    }

    /** Loads the CSRF token of a page request (not the API) before the page is written. */
    private static Filter csrfTokenBeforeThePage() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws ServletException, IOException {
                if (!req.getRequestURI().startsWith("/api/") && req.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                    token.getToken();
                }
                chain.doFilter(req, res);
            }
        };
    }

    /** A signed-in user whose account has since been changed or removed is signed out, and their session ended. */
    private static Filter endSessionsOfChangedAccounts(CachingAuthenticationProvider localSignIns) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws ServletException, IOException {
                Authentication a = SecurityContextHolder.getContext().getAuthentication();
                if (a != null && a.isAuthenticated() && !localSignIns.stillCurrent(a)) {
                    SecurityContextHolder.clearContext();
                    HttpSession session = req.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
                chain.doFilter(req, res);
            }
        };
    }

    @Bean
    LoginThrottle loginThrottle(Environment env) {
        return new LoginThrottle(env.getProperty("safeguarding.security.login.max-failures-per-account", Integer.class, 5),
                env.getProperty("safeguarding.security.login.max-failures-per-address", Integer.class, 30),
                env.getProperty("safeguarding.security.login.lockout", java.time.Duration.class, java.time.Duration.ofMinutes(1)));
    }

    /**
     * Only an absent accounts file creates the first administrator. An accounts file that exists but
     * holds no accounts, or cannot be read, stops start-up: it is an operator's mistake (a truncated
     * copy, a wrong path to an empty file), and answering it with a new all-roles account would open the service.
     */
    @Bean
    LocalAccounts localAccounts(SecurityProperties props) {
        Path file = Path.of(props.accountsFile());
        LocalAccounts accounts = LocalAccounts.load(file);
        if (accounts.isEmpty() && accounts.exists()) {
            throw new IllegalStateException("the accounts file " + file.toAbsolutePath() + " holds no accounts; refusing to start. "
                    + "Restore it, add an account with add-account, or delete the file to have a first administrator created");
        }
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
    CachingAuthenticationProvider authenticationProvider(UserDetailsService users, LocalAccounts accounts, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(LocalAccounts.ENCODER);
        return new CachingAuthenticationProvider(dao, accounts, throttle);
    }

    static Collection<GrantedAuthority> authorities(List<Grant> grants) {
        Set<GrantedAuthority> out = new LinkedHashSet<>(grants);
        for (Grant g : grants) {
            out.add(new SimpleGrantedAuthority("ROLE_" + g.role().name()));
        }
        return out;
    }

    /**
     * A token's user is its issuer and subject together (OpenID Connect Core 5.7: "sub" is unique only
     * within an issuer; the username claim is display text and may be reused), so two people with the
     * same username never share decisions. Tokens must carry an expiry ("exp"; without one a leaked
     * token would work for ever), a subject, and, when present, a non-blank username.
     * The identity is "issuer|subject"; where that exceeds the 120 characters a record keeps for its
     * requester, a SHA-256 of it stands in (still one value per issuer and subject).
     */
    static Converter<Jwt, AbstractAuthenticationToken> jwtGrants(SecurityProperties props) {
        return token -> {
            if (token.getExpiresAt() == null) {
                throw new InvalidBearerTokenException("the access token has no expiry (exp)");
            }
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                throw new InvalidBearerTokenException("the access token has no subject (sub)");
            }
            if (token.hasClaim(props.usernameClaim()) && (token.getClaimAsString(props.usernameClaim()) == null
                    || token.getClaimAsString(props.usernameClaim()).isBlank())) {
                throw new InvalidBearerTokenException("the access token's user name (" + props.usernameClaim() + ") is empty");
            }
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
            return new JwtAuthenticationToken(token, authorities(grants), identity(token.getClaimAsString("iss"), token.getSubject()));
        };
    }

    static String identity(String issuer, String subject) {
        String id = issuer == null || issuer.isBlank() ? subject : issuer + "|" + subject;
        if (id.length() <= 120) {
            return id;
        }
        try {
            return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
