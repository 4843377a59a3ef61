package uk.childsafeguarding.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The checks every page of every journey gets, at a desktop width (1280px) and a phone width (375px):
 * (and 320px for width alone) the rendered text shows no code (an UPPER_SNAKE_CASE token), no field path (child.ageMonths=4), no
 * ISO date or instant and no bare confidence mark ([V]); nothing is wider than the screen; axe-core
 * finds no WCAG 2.0/2.1/2.2 A or AA violation; and a full-page screenshot is kept for each width.
 */
final class PlainPages {

    static final int DESKTOP = 1280;
    static final int PHONE = 375;
    static final int NARROWEST = 320;

    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    static final Pattern FIELD_PATH = Pattern.compile("\\b[a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*(?:\\[\\d+])?=\\S+|\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\b");
    static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+Z?)?\\b");
    static final Pattern MARK = Pattern.compile("\\[[VLPMU]]");

    private final ChromeDriver driver;
    private final Path screenshots;

    PlainPages(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** What in a page's text a person should never see; empty when the page reads plainly. */
    static List<String> unplainText(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(CODE, FIELD_PATH, ISO, MARK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** Every check, at both widths; the page is left at the desktop width. */
    void check(String name) throws Exception {
        try {
            for (int width : new int[] {DESKTOP, PHONE}) {
                atWidth(width);
                String text = (String) driver.executeScript("return document.body.innerText");
                assertThat(unplainText(text)).as("codes, field paths or ISO dates on %s at %dpx", name, width).isEmpty();
                long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
                assertThat(scrollWidth).as("%s at %dpx is wider than the screen", name, width).isLessThanOrEqualTo(width);
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(driver);
                List<Rule> violations = results.getViolations();
                screenshot(name + (width == DESKTOP ? "" : "-" + width));
                assertThat(violations).as("accessibility violations on %s at %dpx: %s", name, width,
                        violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(" ")))
                                .collect(Collectors.joining("; "))).isEmpty();
            }
            // the narrowest phones in use: nothing may need scrolling sideways there either
            atWidth(NARROWEST);
            long narrow = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(narrow).as("%s at %dpx is wider than the screen", name, NARROWEST).isLessThanOrEqualTo(NARROWEST);
        } finally {
            atWidth(DESKTOP);
        }
    }

    void atWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** A screenshot of the whole page, not only what fits in the window. */
    void screenshot(String name) throws Exception {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
