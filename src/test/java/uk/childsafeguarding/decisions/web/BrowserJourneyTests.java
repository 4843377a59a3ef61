package uk.childsafeguarding.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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

    @org.springframework.beans.factory.annotation.Autowired
    uk.childsafeguarding.decisions.engine.RuleSetHolder holder;

    @org.springframework.beans.factory.annotation.Autowired
    uk.childsafeguarding.decisions.engine.RuleSetLoader loader;

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

    /** The shared checks (PlainPages): plain text, no overflow, axe and screenshots, at 1280px and 375px. */
    private void accessible(String name) throws Exception {
        new PlainPages(driver, SCREENSHOTS).check(name);
    }

    /** Types a date into a GOV.UK date input whose day box has this id. */
    private void date(String id, String iso) {
        LocalDate d = LocalDate.parse(iso);
        driver.findElement(By.id(id)).sendKeys(String.valueOf(d.getDayOfMonth()));
        driver.findElement(By.id(id + "-month")).sendKeys(String.valueOf(d.getMonthValue()));
        driver.findElement(By.id(id + "-year")).sendKeys(String.valueOf(d.getYear()));
    }

    private void age(int years, int months) {
        driver.findElement(By.id("child-ageMonths")).sendKeys(String.valueOf(years));
        driver.findElement(By.id("child-ageMonths-months")).sendKeys(String.valueOf(months));
    }

    private String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static LocalDate todayInEngland() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    private void submit(By button) {
        WebElement b = driver.findElement(button);
        b.click();
        // the old page is gone once its button is stale; while Chromium swaps documents it may instead say the
        // node "does not belong to the document", which means the same
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                b.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private void choose(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    @Test
    void aPractitionerChecksALevelOfNeedAndPrintsItForTheCaseFile() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        accessible("threshold-form");
        assertThat(new Select(driver.findElement(By.id("partnership"))).getOptions()).extracting(WebElement::getText)
                .as("only the partnerships this practitioner may use").containsExactly("Choose a partnership", "Devon Children and Families Partnership");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role-1");
        choose("child-unborn-1");
        age(8, 4);
        driver.findElement(By.id("caseReference")).sendKeys("north-team-77");
        WebElement search = driver.findElement(By.id("indicator-search"));
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

        assertThat(driver.findElement(By.cssSelector(".govuk-panel h1")).getText()).contains("Targeted Help");
        assertThat(driver.findElement(By.cssSelector(".app-continuum-level--current")).getText()).contains("Level 3", "Suggested");
        String text = main();
        assertThat(text).contains("Grandmother provides daily care", "not replace", "8 years and 4 months", "Ongoing domestic abuse affecting the child's wellbeing",
                "north-team-77", "Evenings, weekends and bank holidays", "Checked: read in the published document");
        assertThat(text.indexOf("What to do now")).as("what to do comes first").isPositive()
                .isLessThan(text.indexOf("\nWhy\n")).isLessThan(text.indexOf("What you told us")).isLessThan(text.indexOf("\nSources\n"));
        assertThat(text.indexOf("What you told us")).isGreaterThan(text.indexOf("\nWhy\n")).isLessThan(text.indexOf("\nSources\n"));
        accessible("threshold-result");
        List<String> reasons = driver.findElements(By.cssSelector(".app-reason > p:first-child")).stream().map(WebElement::getText).toList();
        assertThat(reasons).isNotEmpty();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector(".govuk-header")).isDisplayed()).isFalse();
        Files.write(SCREENSHOTS.resolve("threshold-result-print.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Path file = SCREENSHOTS.resolve("threshold-result.pdf");
        Files.write(file, bytes);
        assertPdfShowsWhatWasEnteredAndTheReasons(file, reasons);
    }

    /**
     * The printout, read back as a person would: rendered to images (Debian's poppler-utils, pdftoppm)
     * and to text (pdftotext). It shows what was entered, every reason in full (a squeezed column would
     * break them up), no empty final-decision block and no printed web addresses.
     */
    private static void assertPdfShowsWhatWasEnteredAndTheReasons(Path pdf, List<String> reasons) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "poppler-utils is not installed (CI installs it)");
        Path prefix = SCREENSHOTS.resolve("threshold-result-pdf");
        Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(), prefix.toString()).inheritIO().start();
        assertThat(render.waitFor(60, TimeUnit.SECONDS) && render.exitValue() == 0).as("pdftoppm renders the PDF").isTrue();
        BufferedImage page1 = ImageIO.read(SCREENSHOTS.resolve("threshold-result-pdf-1.png").toFile());
        long dark = 0;
        long darkRightHalf = 0;
        for (int y = 0; y < page1.getHeight(); y++) {
            for (int x = 0; x < page1.getWidth(); x++) {
                int rgb = page1.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                    if (x > page1.getWidth() / 2) {
                        darkRightHalf++;
                    }
                }
            }
        }
        assertThat(dark).as("the first page has text on it").isGreaterThan(page1.getWidth() * page1.getHeight() / 200L);
        assertThat(darkRightHalf).as("text runs across the page, not squeezed into a narrow column").isGreaterThan(dark / 10);
        Process toText = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        // pdftotext joins a word hyphenated at a line end ("multi-" / "agency" -> "multiagency"), so hyphens are ignored when comparing
        String text = new String(toText.getInputStream().readAllBytes()).replaceAll("\\s+", " ").replace("-", "");
        assertThat(toText.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(text).contains("What you told us", "8 years and 4 months", "Ongoing domestic abuse affecting the child's wellbeing",
                "Parent's mental illhealth with established impact on care", "northteam77", "Grandmother provides daily care", "What to do now", "Why", "Sources");
        for (String reason : reasons) {
            assertThat(text).as("a reason printed in full").contains(reason.replaceAll("\\s+", " ").replace("-", ""));
        }
        assertThat(text).doesNotContain("Final decision", "(http");
        assertThat(PlainPages.unplainText(text)).as("codes, field paths or ISO dates in the PDF").isEmpty();
    }

    @Test
    void aPractitionerRecordsADifferentFinalLevelThenAmendsItAndFindsItInTheirDecisions() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role-1");
        choose("child-unborn-1");
        age(8, 4);
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
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("Your final decision has been recorded");
        String outcomes = driver.findElement(By.cssSelector("section[aria-labelledby=outcomes]")).getText();
        assertThat(outcomes).contains("Final decision", "Decided level 3", "home visit", "Recorded by devon-practitioner on");
        accessible("outcome-recorded");

        choose("agreed");
        submit(By.xpath("//button[contains(., 'Record my final decision')]"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("amended final decision has been recorded");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=outcomes]")).getText())
                .contains("Decided level 3", "Amendment 1", "Agreed with the suggested answer");

        driver.get(url("/decisions/mine"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My decisions");
        assertThat(main()).contains("Level of need", "Agreed");
        accessible("my-decisions");
    }

    @Test
    void aPractitionerWhoMissesFieldsSeesAnErrorSummaryLinkedToEachField() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        submit(By.cssSelector("form button.govuk-button"));
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Partnership is required", "Your role is required", "The age is required",
                "Select at least one thing you have seen");
        assertThat(driver.getTitle()).startsWith("Error:");
        accessible("threshold-errors");
        summary.findElement(By.cssSelector("a[href='#partnership']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("partnership");
        assertThat(driver.findElement(By.id("partnership-error")).getText()).contains("is required");
    }

    @Test
    void aFormWithNothingTickedAsksForAnIndicatorOrAConfirmationThatNoneApply() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        choose("reporter-role");
        choose("child-unborn-1");
        age(3, 0);
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Select at least one thing you have seen")
                .doesNotContain("Partnership is required");
        choose("noIndicators");
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-panel h1")).getText()).startsWith("Suggested level");
        assertThat(main()).contains("None of the listed indicators", "3 years");

        driver.findElement(By.linkText("Change your answers and check again")).click();
        assertThat(driver.findElement(By.id("child-ageMonths")).getAttribute("value")).isEqualTo("3");
        assertThat(driver.findElement(By.id("noIndicators")).isSelected()).isTrue();
        assertThat(new Select(driver.findElement(By.id("partnership"))).getFirstSelectedOption().getText()).contains("Devon");
    }

    @Test
    void theIndicatorSearchFindsThePractitionersOwnWords() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/thresholds/new"));
        WebElement search = driver.findElement(By.id("indicator-search"));
        WebElement status = driver.findElement(By.id("indicator-search-status"));
        Map<String, String> expected = Map.of("DV", "Ongoing domestic abuse affecting the child's wellbeing",
                "bruising", "Bruise, mark or injury on a child who is not independently mobile",
                "CSE", "Signs of sexual exploitation",
                "county lines", "Signs of criminal exploitation");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            search.clear();
            search.sendKeys(e.getKey());
            List<String> shown = driver.findElements(By.cssSelector("[data-indicator]")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            assertThat(shown).as("search for %s", e.getKey()).contains(e.getValue());
            assertThat(status.getText()).isEqualTo(shown.size() == 1 ? "1 indicator matches" : shown.size() + " indicators match");
        }
        search.clear();
        search.sendKeys("CSE");
        assertThat(status.getText()).isEqualTo("1 indicator matches");
    }

    @Test
    void aSafeguardingLeadChecksANotificationAndSeesTheDeadlinesInDateOrderAndOnACalendar() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/notifications/new"));
        accessible("notification-form");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        date("asAt", "2026-11-20");
        driver.findElement(By.id("child-ageYears")).sendKeys("3");
        choose("incident-outcome-1");
        choose("incident-abuseOrNeglect-1");
        choose("incident-location");
        choose("incident-normallyResidentInArea");
        choose("incident-setting");
        date("incident-incidentDate", "2026-11-02");
        date("incident-localAuthorityAwareDate", "2026-11-03");
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-panel h1")).getText()).contains("Notify the Child Safeguarding Practice Review Panel");
        assertThat(driver.findElement(By.cssSelector(".app-calendar")).getText()).contains("November 2026", "Notify the Panel", "Rapid review");
        assertThat(main()).contains("10 November 2026", "24 November 2026", "Child Safeguarding Practice Review Group");
        LocalDate panelDue = LocalDate.of(2026, 11, 10);
        LocalDate today = todayInEngland();
        String left = driver.findElement(By.id("working-days-left")).getText();
        if (today.isAfter(panelDue)) {
            assertThat(left).contains("has passed");
            assertThat(main()).contains("Overdue");
        } else if (today.isEqual(panelDue)) {
            assertThat(left).contains("today");
        } else {
            assertThat(left).contains("working day", "left to notify the Panel");
        }
        List<LocalDate> due = driver.findElements(By.cssSelector("td[data-label='Due by'] > span")).stream()
                .map(e -> LocalDate.parse(e.getText(), LONG_DATE)).toList();
        assertThat(due).isNotEmpty().isSorted();
        accessible("notification-result");

        choose("agreed");
        submit(By.xpath("//button[contains(., 'Record my final decision')]"));
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=outcomes]")).getText()).contains("Agreed with the suggested answer");
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
        date("incident-incidentDate", "2026-11-05");
        date("incident-localAuthorityAwareDate", "2026-11-03");
        submit(By.cssSelector("form button.govuk-button"));
        WebElement link = driver.findElement(By.cssSelector(".govuk-error-summary a[href='#incident-localAuthorityAwareDate']"));
        assertThat(link.getText()).contains("before the incident date");
        assertThat(driver.findElement(By.id("incident-localAuthorityAwareDate-month")).getAttribute("value")).isEqualTo("11");
        accessible("notification-errors");
        link.click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("incident-localAuthorityAwareDate");
    }

    @Test
    void aReviewGroupSeesThePartnersDecisionAndWhoDisagreedFirstThenTheTimetableInDateOrder() throws Exception {
        signIn("devon-reviewer");
        driver.get(url("/reviews/new"));
        accessible("review-form");
        new Select(driver.findElement(By.id("partnership"))).selectByValue("devon");
        date("asAt", "2026-11-20");
        choose("case-abuseOrNeglect");
        choose("case-outcome");
        date("dates-partnersAwareDate", "2026-10-26");
        choose("criteria-improvementsNeeded");
        choose("criteria-multiAgencyWorkingConcerns");
        new Select(driver.findElement(By.id("view-LOCAL_AUTHORITY"))).selectByValue("LOCAL_CSPR");
        new Select(driver.findElement(By.id("view-HEALTH"))).selectByValue("LOCAL_CSPR");
        new Select(driver.findElement(By.id("view-POLICE"))).selectByValue("NO_FURTHER_REVIEW");
        submit(By.cssSelector("form button.govuk-button"));
        assertThat(driver.findElement(By.cssSelector(".govuk-panel h1")).getText()).contains("local review");
        String text = main();
        assertThat(text.indexOf("The partners' decision")).isPositive().isLessThan(text.indexOf("What to do now")).isLessThan(text.indexOf("\nWhy\n"));
        WebElement disagreed = driver.findElement(By.xpath("//dt[normalize-space()='Who disagreed']/following-sibling::dd"));
        assertThat(disagreed.getText()).contains("Police").doesNotContain("Health");
        assertThat(driver.findElement(By.id("timetable-assumption")).getText()).contains("No date was given", "20 November 2026");
        List<LocalDate> due = driver.findElements(By.cssSelector("td[data-label='Due by'] > span")).stream()
                .map(e -> LocalDate.parse(e.getText(), LONG_DATE)).toList();
        assertThat(due).isNotEmpty().isSorted();
        assertThat(text).contains("Must take into account", "appreciative inquiry");
        accessible("review-result");

        choose("agreed-1");
        new Select(driver.findElement(By.id("finalLevel"))).selectByValue("NO_FURTHER_REVIEW");
        driver.findElement(By.id("reason")).sendKeys("The rapid review's learning was judged enough by the group");
        submit(By.xpath("//button[contains(., 'Record my final decision')]"));
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=outcomes]")).getText()).contains("Decided: No further review");
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
        age(0, 4);
        choose("indicator-INJURY_NON_MOBILE_CHILD");
        submit(By.cssSelector("form button.govuk-button"));
        String decisionUrl = driver.getCurrentUrl();

        signIn("devon-auditor");
        driver.get(url("/audit?partnership=devon"));
        accessible("audit-list");
        assertThat(main()).contains("decisions found", "Level 4");
        driver.get(decisionUrl);
        accessible("audit-record");
        submit(By.xpath("//button[contains(., 'original rules')]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("The same answer was given again");
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
    void aPolicyOwnerSearchesFiltersAndPagesThroughTheRules() throws Exception {
        signIn("rules-admin");
        driver.get(url("/rules"));
        String first = driver.findElement(By.id("rule-count")).getText();
        assertThat(first).matches("\\d+ rules, page 1 of \\d+\\.");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(RulePages.PAGE_SIZE);
        assertThat(driver.findElement(By.cssSelector(".govuk-pagination__item--current")).getText()).isEqualTo("1");
        accessible("rules");
        for (String id : List.of("THR-NIM-01", "NOT-DUTY-01", "REV-LOC-03")) {
            WebElement q = driver.findElement(By.id("q"));
            q.clear();
            q.sendKeys(id);
            submit(By.xpath("//button[contains(., 'Show rules')]"));
            assertThat(main()).contains(id);
        }
        driver.get(url("/rules?q=South+West"));
        assertThat(main()).contains("South West Child Protection Procedures");
        int all = Integer.parseInt(first.split(" ")[0]);
        driver.get(url("/rules?feature=review&partnership=devon"));
        int devonReview = Integer.parseInt(driver.findElement(By.id("rule-count")).getText().split(" ")[0]);
        assertThat(devonReview).isPositive().isLessThan(all);
        assertThat(driver.findElements(By.xpath("//td[@data-label='Rule']/span[1]"))).allSatisfy(e -> assertThat(e.getText()).startsWith("REV-"));
    }

    @Test
    void aPolicyOwnerPrintsAndSignsOffTheDigestAndAnswersShowItUntilThePolicyChanges() throws Exception {
        signIn("devon-policy-owner");
        driver.get(url("/partnerships/devon/policy"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What this service will tell your practitioners");
        assertThat(main()).contains("Devon Children's Front Door (MASH)", "Not yet verified");
        accessible("policy-digest");
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve("policy-digest.pdf"), bytes);
        driver.findElement(By.id("comment")).sendKeys("Checked against our published arrangements");
        submit(By.id("sign-off"));
        assertThat(main()).contains("You signed off this policy");
        assertThat(driver.findElement(By.id("sign-off-state")).getText()).startsWith("Signed off by devon-policy-owner");

        String request = """
                {"partnership":"devon","asAt":"2026-11-20","reporter":{"role":"EDUCATION"},"child":{"ageMonths":96},
                 "indicators":["EMOTIONAL_LOW_LEVEL"],"circumstances":{"consent":"GIVEN"}}""";
        String signed = new uk.childsafeguarding.decisions.Http(port, "devon-practitioner").post("/api/v1/threshold-assessments", request).json()
                .get("decisionId").asString();
        signIn("devon-practitioner");
        driver.get(url("/decisions/" + signed));
        assertThat(driver.findElement(By.id("policy-sign-off")).getText()).contains("Signed off by devon-policy-owner");

        var original = holder.current();
        try {
            Path rules = uk.childsafeguarding.decisions.RuleSetCopies.copyOfRules(Files.createTempDirectory("rules-changed"));
            uk.childsafeguarding.decisions.RuleSetCopies.edit(rules, "partnerships/devon.yaml", "advice: Front Door professional consultation line",
                    "advice: Front Door consultation line for professionals");
            holder.use(loader.load(uk.childsafeguarding.decisions.engine.RuleSetFiles.fromDirectory(rules)));
            String unsigned = new uk.childsafeguarding.decisions.Http(port, "devon-practitioner").post("/api/v1/threshold-assessments", request).json()
                    .get("decisionId").asString();
            driver.get(url("/decisions/" + unsigned));
            assertThat(driver.findElement(By.id("policy-sign-off")).getText()).contains("Not signed off for this rule set version");
        } finally {
            holder.use(original);
        }
    }

    @Test
    void pagesThatCannotBeShownSayWhyInTheServicesOwnStyle() throws Exception {
        signIn("devon-practitioner");
        driver.get(url("/audit"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot see this page");
        accessible("error-403");
        driver.get(url("/no-such-page"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        accessible("error-404");
        driver.get(url("/decisions/0000000000000000000000NONE"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    @Test
    void theSignInPageAndItsAssetsNeverAskForBasicAuthentication() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/assets/fonts/light-94a07e06a1-v2.woff2", "/favicon.svg", "/css/app.css", "/js/app.js")) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.headers().firstValue("WWW-Authenticate")).as("%s answers %d", path, r.statusCode()).isEmpty();
        }
        HttpResponse<String> icon = http.send(HttpRequest.newBuilder(URI.create(url("/favicon.svg"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg").doesNotContain("crown");

        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("devon-practitioner");
        driver.findElement(By.id("password")).sendKeys("not the password");
        submit(By.cssSelector("form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a correct username and password");
        accessible("sign-in-error");
    }

    @Test
    void signingOutFromTheHeaderEndsTheSession() {
        signIn("devon-practitioner");
        driver.get(url("/rules"));
        assertThat(driver.findElement(By.cssSelector(".govuk-header__navigation-item--active a")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.cssSelector(".govuk-header__navigation-item--active")).getText()).isEqualTo("Rules");
        submit(By.cssSelector(".govuk-header button.app-link-button"));
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

    @Test
    void thePlainTextCheckFindsCodesFieldPathsAndIsoDates() {
        assertThat(PlainPages.unplainText("Route S47_SIGNIFICANT_HARM because child.ageMonths=4 at 2026-11-23T16:22:32.505145Z [V]"))
                .containsExactly("S47_SIGNIFICANT_HARM", "child.ageMonths=4", "2026-11-23T16:22:32.505145Z", "[V]");
        assertThat(PlainPages.unplainText("Level 4: child protection enquiry, by 26 November 2026 at 4:22pm. Rule THR-NIM-01.")).isEmpty();
    }

    @Test
    void anIntegrationDeveloperBrowsesTheApiDescription() throws Exception {
        signIn("tester");
        driver.get(url("/swagger-ui.html"));
        // swagger-ui renders the published description in the page: one section per tag, no resolver errors
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());
        List<String> tags = driver.findElements(By.cssSelector(".opblock-tag")).stream().map(e -> e.getAttribute("data-tag")).toList();
        assertThat(tags).contains("thresholds", "notification", "review", "decisions", "partnerships", "verification");
        assertThat(driver.findElements(By.cssSelector(".errors-wrapper"))).isEmpty();
        driver.findElement(By.cssSelector("#operations-thresholds-assessThreshold .opblock-summary")).click();
        WebElement operation = driver.findElement(By.id("operations-thresholds-assessThreshold"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> operation.getText().contains("\"partnership\""));
        assertThat(operation.getText()).contains("Suggest a level of need", "\"indicators\"", "application/problem+json");
        Files.write(SCREENSHOTS.resolve("api-description.png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
