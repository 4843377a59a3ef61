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
import java.security.interfaces.RSAPublicKey;
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
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("sub-" + user).claim("preferred_username", user).claim("safeguarding_grants", grants)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private int post(String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/threshold-assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void tokenGrantsDecideRolesAndPartnerships() throws Exception {
        String devonPractitioner = token("jo", List.of("PRACTITIONER:devon"));
        assertThat(post(devonPractitioner, RoleByEndpointTests.threshold("devon"))).isEqualTo(200);
        assertThat(post(devonPractitioner, RoleByEndpointTests.threshold("torbay"))).isEqualTo(403);
        assertThat(post(token("al", List.of("AUDITOR:devon")), RoleByEndpointTests.threshold("devon"))).isEqualTo(403);
        assertThat(post(null, RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        assertThat(post(devonPractitioner + "x", RoleByEndpointTests.threshold("devon"))).isEqualTo(401);
        assertThat(keys.getPublic()).isInstanceOf(RSAPublicKey.class);
    }
}
