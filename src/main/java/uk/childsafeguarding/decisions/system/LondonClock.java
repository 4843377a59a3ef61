package uk.childsafeguarding.decisions.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** "Today" for a default asAt is the date in Europe/London, as the contract says. */
@Component
public class LondonClock {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Clock clock = Clock.system(LONDON);

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
