package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production mode: OpenID Connect access tokens whose grants claim maps to roles and partnerships. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.path=rules", "safeguarding.rules.cache-dir=target/rule-cache",
                "safeguarding.audit.url=jdbc:sqlite:target/audit-jwt/decisions.db", "safeguarding.audit.case-reference-key-file=target/audit-jwt/key",
                "safeguarding.security.accounts-file=target/audit-jwt/accounts.yaml"})
class JwtAccessTests {

    static KeyPair keys;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        keys = gen.generateKeyPair();
        Path pem = Files.createDirectories(Path.of("target/audit-jwt")).resolve("issuer.pub");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem.toAbsolutePath());
    }

    @LocalServerPort
    int port;

    private String token(String user, List<String> grants) throws Exception {
        return sign(claims("sub-" + user, user, grants).build(), (RSAPrivateKey) keys.getPrivate());
    }

    private static JWTClaimsSet.Builder claims(String subject, String user, List<String> grants) {
        return new JWTClaimsSet.Builder().issuer("https://idp.example").subject(subject).claim("preferred_username", user)
                .claim("safeguarding_grants", grants).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    private static String sign(JWTClaimsSet claims, RSAPrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private int post(String token, String body) throws Exception {
        return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/threshold-assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder b) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    @Test
    void tokenGrantsDecideRolesAndPartnerships() throws Exception {
        String devonPractitioner = token("jo", List.of("PRACTITIONER:devon"));
        assertThat(post(devonPractitioner, RoleByEndpointTests.threshold("devon"))).isEqualTo(200);
        assertThat(post(devonPractitioner, RoleByEndpointTests.threshold("torbay"))).isEqualTo(403);
        assertThat(post(token("al", List.of("AUDITOR:devon")), RoleByEndpointTests.threshold("devon"))).isEqualTo(403);
        assertThat(post(null, RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        assertThat(post(devonPractitioner + "x", RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        String forged = sign(claims("sub-jo", "jo", List.of("PRACTITIONER:devon")).build(), (RSAPrivateKey) gen.generateKeyPair().getPrivate());
        assertThat(post(forged, RoleByEndpointTests.threshold("devon"))).as("the same claims signed by another key").isEqualTo(401);
    }

    @Test
    void identityIsTheIssuerAndSubjectNotTheUsernameClaim() throws Exception {
        List<String> grants = List.of("PRACTITIONER:devon");
        String first = sign(claims("subject-one", "sam", grants).build(), (RSAPrivateKey) keys.getPrivate());
        String second = sign(claims("subject-two", "sam", grants).build(), (RSAPrivateKey) keys.getPrivate());
        HttpResponse<String> made = send(first, HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/threshold-assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(RoleByEndpointTests.threshold("devon"))));
        assertThat(made.statusCode()).isEqualTo(200);
        String id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(made.body()).get("decisionId").asString();
        assertThat(get(first, "/api/v1/decisions/" + id).statusCode()).isEqualTo(200);
        assertThat(get(second, "/api/v1/decisions/" + id).statusCode()).as("another subject with the same username").isEqualTo(404);
        assertThat(get(second, "/api/v1/decisions?size=500").body()).doesNotContain(id);
    }

    @Test
    void tokensWithoutExpiryOrWithAnEmptyUsernameOrSubjectAreRefused() throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) keys.getPrivate();
        List<String> grants = List.of("PRACTITIONER:devon");
        String noExpiry = sign(claims("sub-no-exp", "noexp", grants).expirationTime(null).build(), key);
        assertThat(post(noExpiry, RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        HttpResponse<String> refused = get(noExpiry, "/api/v1/partnerships");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        String emptyName = sign(claims("sub-empty", "", grants).build(), key);
        assertThat(post(emptyName, RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        String blankSubject = sign(claims(" ", "blank", grants).build(), key);
        assertThat(post(blankSubject, RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        assertThat(post(sign(claims("sub-ok", "ok", grants).build(), key), RoleByEndpointTests.threshold("devon"))).isEqualTo(200);
    }
}
