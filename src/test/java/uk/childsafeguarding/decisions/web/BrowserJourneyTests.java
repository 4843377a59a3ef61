package uk.childsafeguarding.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.childsafeguarding.decisions.ServiceTest;
import uk.childsafeguarding.decisions.TestAccounts;

/**
 * Each journey end to end in a real headless Chromium (Debian's chromium and chromedriver), with an
 * axe-core accessibility check (WCAG 2.2 AA rules) on every page and screenshots kept in
 * target/browser-screenshots. Skipped, and said to be, where Chromium is not installed; .ci/run
 * installs it, so CI always runs them.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/browser-screenshots");

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeAll
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed here (CI installs them)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String user) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.password(user));
        submit(By.cssSelector("form button[type=submit]"));
    }

    private void accessible(String name) throws Exception {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(driver);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("accessibility violations on %s: %s", name,
                violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(" ")))
                        .collect(Collectors.joining("; "))).isEmpty();
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    private void submit(By button) {
        WebElement b = driver.findElement(button);
        b.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(b));
    }

    private void choose(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    @Test
    void aPractitionerChecksALevelOfNeedAndPrintsItForTheCaseFile() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        accessible("threshold-form");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role-1");
        choose("child-unborn-1");
        driver.findElement(By.id("child-ageMonths")).sendKeys("100");
        driver.findElement(By.id("indicator-search")).sendKeys("trio");
        WebElement search = driver.findElement(By.id("indicator-search"));
        search.clear();
        search.sendKeys("domestic abuse");
        List<WebElement> visible = driver.findElements(By.cssSelector("[data-indicator]")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(visible).hasSize(3);
        choose("indicator-DOMESTIC_ABUSE_ONGOING");
        search.clear();
        search.sendKeys("mental");
        choose("indicator-PARENT_MENTAL_HEALTH_IMPACT");
        search.clear();
        search.sendKeys(" ");
        choose("circumstances-consent");
        driver.findElement(By.id("strengths")).sendKeys("Grandmother provides daily care");
        submit(By.cssSelector("form button.govuk-button"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Targeted Help");
        assertThat(driver.findElement(By.cssSelector(".app-continuum-level--current")).getText()).contains("Level 3", "Suggested level");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("THR-CUM-02", "Grandmother provides daily care", "not replace");
        accessible("threshold-result");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".govuk-header")).isDisplayed()).isFalse();
        Files.write(SCREENSHOTS.resolve("threshold-result-print.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve("threshold-result.pdf"), bytes);
    }

    @Test
    void aPractitionerRecordsADifferentFinalLevelWithTheirReason() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role-1");
        choose("child-unborn-1");
        driver.findElement(By.id("child-ageMonths")).sendKeys("100");
        choose("indicator-LOW_INCOME");
        submit(By.cssSelector("form button.govuk-button"));
        choose("agreed-1");
        submit(By.xpath("//button[contains(., 'Record my final decision')]"));
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("The level you decided is required", "The reason is required");
        accessible("outcome-errors");
        choose("agreed-1");
        new Select(driver.findElement(By.id("finalLevel"))).selectByValue("3");
        driver.findElement(By.id("reason")).sendKeys("Needs across three domains became clear at the home visit");
        submit(By.xpath("//button[contains(., 'Record my final decision')]"));
        assertThat(driver.findElement(By.id("outcomes")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("decided level 3", "home visit");
        accessible("outcome-recorded");
    }

    @Test
    void aPractitionerWhoMissesFieldsSeesAnErrorSummaryLinkedToEachField() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        submit(By.cssSelector("form button.govuk-button"));
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Partnership is required", "Your role is required", "The age in months is required");
        assertThat(driver.getTitle()).startsWith("Error:");
        accessible("threshold-errors");
        summary.findElement(By.cssSelector("a[href='#partnership']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("partnership");
        assertThat(driver.findElement(By.id("partnership-error")).getText()).contains("is required");
    }

    @Test
    void aSafeguardingLeadChecksANotificationAndSeesTheDeadlinesOnACalendar() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/notifications/new"));
        accessible("notification-form");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        driver.findElement(By.id("asAt")).sendKeys("2026-11-20");
        driver.findElement(By.id("child-ageYears")).sendKeys("3");
        choose("incident-outcome-1");
        choose("incident-abuseOrNeglect-1");
        choose("incident-location");
        choose("incident-normallyResidentInArea");
        choose("incident-setting");
        driver.findElement(By.id("incident-incidentDate")).sendKeys("2026-11-02");
        driver.findElement(By.id("incident-localAuthorityAwareDate")).sendKeys("2026-11-03");
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("required");
        assertThat(driver.findElement(By.cssSelector(".app-calendar")).getText()).contains("November 2026", "NOTIFY_PANEL", "RAPID_REVIEW");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("2026-11-10", "2026-11-24", "Child Safeguarding Practice Review Group");
        accessible("notification-result");
    }

    @Test
    void aNotificationWithTheAwarenessBeforeTheIncidentIsShownAsAnError() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/notifications/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        driver.findElement(By.id("child-ageYears")).sendKeys("3");
        choose("incident-outcome");
        choose("incident-abuseOrNeglect");
        choose("incident-location");
        choose("incident-setting");
        driver.findElement(By.id("incident-incidentDate")).sendKeys("2026-11-05");
        driver.findElement(By.id("incident-localAuthorityAwareDate")).sendKeys("2026-11-03");
        submit(By.cssSelector("form button.govuk-button"));
        WebElement link = driver.findElement(By.cssSelector(".govuk-error-summary a[href='#incident-localAuthorityAwareDate']"));
        assertThat(link.getText()).contains("before the incident date");
        accessible("notification-errors");
        link.click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("incident-localAuthorityAwareDate");
    }

    @Test
    void aReviewGroupRatesTheCriteriaAndSeesTheBreakdownAndTimetable() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/reviews/new"));
        accessible("review-form");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        driver.findElement(By.id("asAt")).sendKeys("2026-11-20");
        choose("case-abuseOrNeglect");
        choose("case-outcome");
        driver.findElement(By.id("dates-partnersAwareDate")).sendKeys("2026-10-26");
        choose("criteria-improvementsNeeded");
        choose("criteria-multiAgencyWorkingConcerns");
        for (String p : List.of("LOCAL_AUTHORITY", "HEALTH", "POLICE")) {
            new Select(driver.findElement(By.id("view-" + p))).selectByValue("LOCAL_CSPR");
        }
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("LOCAL_CSPR");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Must take into account", "ENDORSEMENT", "AGREED", "CSPR_PUBLISHED",
                "appreciative inquiry");
        accessible("review-result");
    }

    @Test
    void aReviewWithoutTheCaseDetailsIsShownAsAnError() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/reviews/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        submit(By.cssSelector("form button.govuk-button"));
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElements(By.cssSelector("a[href='#case-abuseOrNeglect'], a[href='#dates-partnersAwareDate']"))).hasSize(2);
        accessible("review-errors");
    }

    @Test
    void anAuditorFindsReplaysComparesAndChecksTheChain() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role");
        choose("child-unborn-1");
        driver.findElement(By.id("child-ageMonths")).sendKeys("4");
        choose("indicator-INJURY_NON_MOBILE_CHILD");
        submit(By.cssSelector("form button.govuk-button"));
        String decisionUrl = driver.getCurrentUrl();

        signIn("devon-auditor");
        driver.get(url("/audit?partnership=devon"));
        accessible("audit-list");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("decisions found");
        driver.get(decisionUrl);
        submit(By.xpath("//button[contains(., 'original rules')]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("REPRODUCED");
        accessible("audit-replay");
        driver.get(url("/audit?partnership=devon"));
        submit(By.xpath("//button[contains(., 'Check the chain')]"));
        assertThat(driver.findElement(By.cssSelector(".govuk-panel__title")).getText()).contains("intact");
        accessible("audit-verification");
        driver.get(url("/audit?partnership=devon"));
        submit(By.xpath("//button[contains(., 'today')]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Impact");
        assertThat(driver.findElements(By.cssSelector("svg.app-chart rect"))).isNotEmpty();
        accessible("audit-impact");
    }

    @Test
    void aPolicyOwnerBrowsesEveryRuleWithItsSourceAndScenarios() throws Exception {
        signIn("rules-admin");
        driver.get(url("/rules"));
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("THR-NIM-01", "NOT-DUTY-01", "REV-LOC-03", "South West Child Protection Procedures");
        accessible("rules");
    }

    @Test
    void signingOutEndsTheSession() {
        signIn("devon-practitioner");
        driver.get(url("/"));
        submit(By.xpath("//button[contains(., 'Sign out')]"));
        driver.get(url("/thresholds/new"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReaches() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getText()).isEqualTo("Skip to main content");
        active.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main-content");
        accessible("home");
    }
}
