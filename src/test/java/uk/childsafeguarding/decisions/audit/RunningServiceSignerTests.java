package uk.childsafeguarding.decisions.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.childsafeguarding.decisions.ServiceTest;

/** Once the service is ready it signs checkpoints with Bouncy Castle's Ed25519 (loaded off start-up's path). */
@ServiceTest
class RunningServiceSignerTests {

    @Autowired
    AuditSigningKey key;

    @Test
    void theReadyServiceSignsWithBouncyCastle() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!key.signerName().equals("BC") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(key.signerName()).isEqualTo("BC");
    }
}
