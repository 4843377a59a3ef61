package uk.childsafeguarding.decisions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port, reading the repository's rules/ directory (not a copy), with
 * the compiled-rule cache and the SQLite audit store under target/. Every test class using it shares
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguarding.rules.path=rules", "safeguarding.rules.cache-dir=target/rule-cache",
                "safeguarding.audit.url=jdbc:sqlite:target/audit/decisions.db",
                "safeguarding.audit.case-reference-key-file=target/audit/case-reference.key",
                "safeguarding.security.accounts-file=target/test-accounts.yaml"})
@ContextConfiguration(initializers = TestAccounts.class)
public @interface ServiceTest {
}
