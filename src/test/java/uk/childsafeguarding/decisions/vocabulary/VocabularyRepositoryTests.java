package uk.childsafeguarding.decisions.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.childsafeguarding.decisions.engine.RuleSetFiles;
import uk.childsafeguarding.decisions.notification.AbuseOrNeglect;
import uk.childsafeguarding.decisions.notification.IncidentLocation;
import uk.childsafeguarding.decisions.notification.NotificationDecisionValue;
import uk.childsafeguarding.decisions.notification.NotifyingAuthority;
import uk.childsafeguarding.decisions.notification.Outcome;
import uk.childsafeguarding.decisions.notification.Recipient;
import uk.childsafeguarding.decisions.notification.Setting;
import uk.childsafeguarding.decisions.notification.Strength;
import uk.childsafeguarding.decisions.review.CriteriaCatalogue;
import uk.childsafeguarding.decisions.review.DiscretionaryGround;
import uk.childsafeguarding.decisions.review.LearningSufficiency;
import uk.childsafeguarding.decisions.review.PartnerDecisionProtocol;
import uk.childsafeguarding.decisions.review.PartnerType;
import uk.childsafeguarding.decisions.review.PartnerViewValue;
import uk.childsafeguarding.decisions.review.Rating;
import uk.childsafeguarding.decisions.review.Recommendation;
import uk.childsafeguarding.decisions.review.RecommendationStrength;
import uk.childsafeguarding.decisions.review.ReviewType;
import uk.childsafeguarding.decisions.review.ScrStatus;
import uk.childsafeguarding.decisions.thresholds.ConsentStatus;
import uk.childsafeguarding.decisions.thresholds.IndicatorCatalogue;
import uk.childsafeguarding.decisions.thresholds.ReporterRole;
import uk.childsafeguarding.decisions.thresholds.Urgency;

/**
 * Fails the build when a code the service can put in front of a person has no words in
 * rules/vocabulary.yaml: every value of the enums in the API's answers, every deadline id a rule file
 * sets, every route, partner-decision outcome, review criterion, confidence mark, guidance regime and
 * request field a reason can name. Also checks the indicator search words name real catalogue codes.
 */
class VocabularyRepositoryTests {

    static final Path RULES = Path.of("rules");
    static final Path JAVA = Path.of("src/main/java/uk/childsafeguarding/decisions");
    static final RuleSetFiles FILES = RuleSetFiles.fromDirectory(RULES);
    static final Vocabulary VOCABULARY = new Vocabulary.Parser().parse(FILES);

    static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();
    static {
        ENUMS.put("urgency", Urgency.class);
        ENUMS.put("consent", ConsentStatus.class);
        ENUMS.put("reporterRole", ReporterRole.class);
        ENUMS.put("notificationDecision", NotificationDecisionValue.class);
        ENUMS.put("notificationStrength", Strength.class);
        ENUMS.put("notifyingAuthority", NotifyingAuthority.class);
        ENUMS.put("recipient", Recipient.class);
        ENUMS.put("setting", Setting.class);
        ENUMS.put("location", IncidentLocation.class);
        ENUMS.put("outcome", Outcome.class);
        ENUMS.put("abuseOrNeglect", AbuseOrNeglect.class);
        ENUMS.put("recommendation", Recommendation.class);
        ENUMS.put("recommendationStrength", RecommendationStrength.class);
        ENUMS.put("reviewType", ReviewType.class);
        ENUMS.put("protocol", PartnerDecisionProtocol.class);
        ENUMS.put("partnerView", PartnerViewValue.class);
        ENUMS.put("partner", PartnerType.class);
        ENUMS.put("rating", Rating.class);
        ENUMS.put("learningSufficiency", LearningSufficiency.class);
        ENUMS.put("discretionaryGround", DiscretionaryGround.class);
        ENUMS.put("scrStatus", ScrStatus.class);
    }

    private static List<String> missing(String kind, Iterable<String> codes) {
        List<String> out = new ArrayList<>();
        for (String c : codes) {
            if (VOCABULARY.find(kind, c).isEmpty()) {
                out.add(kind + " " + c);
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> matches(Stream<Path> files, Pattern pattern) {
        Set<String> out = new TreeSet<>();
        files.forEach(f -> {
            Matcher m = pattern.matcher(read(f));
            while (m.find()) {
                out.add(m.group(1));
            }
        });
        return out;
    }

    private static Stream<Path> files(Path root, String suffix) {
        try {
            return Files.walk(root).filter(p -> p.toString().endsWith(suffix)).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEnumValueInAnAnswerHasWords() {
        List<String> missing = new ArrayList<>();
        ENUMS.forEach((kind, type) -> missing.addAll(missing(kind, Stream.of(type.getEnumConstants()).map(Enum::name).toList())));
        assertThat(missing).as("codes without words in rules/vocabulary.yaml").isEmpty();
    }

    @Test
    void everyDeadlineIdARuleSetsHasWords() {
        Set<String> ids = matches(files(RULES, ".drl"),
                Pattern.compile("\\.(?:workingDays|workingDaysAfter|workingDaysBefore|daysAfter|calendarDays|monthsAfter)\\(\\s*\"([A-Z0-9_]+)\""));
        // a partnership's own deadlines are named in its file
        ids.addAll(matches(files(RULES.resolve("partnerships"), ".yaml"), Pattern.compile("(?m)^\\s*deadline: ([A-Z0-9_]+)")));
        assertThat(ids).as("deadline ids found in the rule files").contains("NOTIFY_PANEL", "RAPID_REVIEW", "DEVON_NOTIFY_FROM_INCIDENT",
                "DEVON_RAPID_REVIEW", "DEVON_REVIEW_COMPLETED", "CSPR_PUBLISHED");
        assertThat(missing("deadline", ids)).isEmpty();
    }

    @Test
    void everyRouteHasWords() {
        Set<String> routes = matches(Stream.concat(files(RULES, ".drl"), files(JAVA.resolve("thresholds"), ".java")),
                Pattern.compile("\"((?:S\\d+_[A-Z_]+)|EARLY_HELP|TARGETED_EARLY_HELP)\""));
        routes.addAll(matches(Stream.of(RULES.resolve("thresholds/indicators.yaml")), Pattern.compile("route: ([A-Z0-9_]+)")));
        assertThat(routes).contains("S47_SIGNIFICANT_HARM", "S17_CHILD_IN_NEED", "S20_ACCOMMODATION");
        assertThat(missing("route", routes)).isEmpty();
    }

    @Test
    void everyPartnerDecisionOutcomeCriterionAndLevelHasWords() {
        Set<String> outcomes = matches(Stream.of(JAVA.resolve("review/PartnerDecisionProtocol.java")),
                Pattern.compile("(?:decided\\(|new PartnerDecision\\(this, )\"([A-Z_]+)\""));
        assertThat(outcomes).contains("AGREED", "NO_CONSENSUS");
        assertThat(missing("partnerOutcome", outcomes)).isEmpty();
        List<String> criteria = new CriteriaCatalogue.Parser().parse(FILES).criteria().stream().map(c -> c.id()).toList();
        assertThat(missing("criterion", criteria)).isEmpty();
        Set<String> weights = new TreeSet<>(new CriteriaCatalogue.Parser().parse(FILES).criteria().stream().map(c -> c.weight()).toList());
        assertThat(missing("criterionWeight", weights)).isEmpty();
        assertThat(missing("level", List.of("UNIVERSAL", "EARLY_HELP", "TARGETED", "SPECIALIST"))).isEmpty();
        Set<String> regimes = matches(files(RULES, ".drl"), Pattern.compile("\\.regime\\(\"([A-Z0-9]+)\"\\)"));
        assertThat(regimes).isNotEmpty();
        assertThat(missing("regime", regimes)).isEmpty();
        Set<String> health = matches(files(RULES, ".drl"), Pattern.compile("\\.healthPartner\\(\"([A-Z]+)\"\\)"));
        assertThat(missing("healthPartner", health)).isEmpty();
    }

    @Test
    void everyConfidenceMarkInTheDataIsExplained() {
        Set<String> marks = matches(files(RULES, ".yaml"), Pattern.compile("confidence: ([A-Z])\\b"));
        marks.addAll(matches(files(RULES, ".drl"), Pattern.compile("@confidence\\(\"([A-Z])\"\\)")));
        assertThat(marks).contains("V", "U");
        assertThat(marks).allSatisfy(m -> assertThat(VOCABULARY.confidence(m)).as("confidence mark %s", m).isPresent());
        assertThat(VOCABULARY.confidence("U").orElseThrow().explanation()).isEqualTo("not yet checked against the published document");
    }

    @Test
    void everyRequestFieldAReasonNamesHasWords() {
        Set<String> fields = matches(files(RULES, ".drl"), Pattern.compile("because\\.add\\(\"([a-z][A-Za-z.]*)(?:=[^\"]*)?\""));
        fields.addAll(matches(files(RULES, ".drl"), Pattern.compile("List\\.of\\(\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\"\\)")));
        assertThat(fields).contains("child.ageYears", "circumstances.consent");
        List<String> missing = fields.stream().filter(f -> VOCABULARY.field(f).isEmpty()).toList();
        assertThat(missing).as("fields without words in rules/vocabulary.yaml").isEmpty();
    }

    @Test
    void theWordsThemselvesShowNoCodes() {
        Pattern code = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
        List<String> bad = new ArrayList<>();
        VOCABULARY.kinds().forEach((kind, words) -> words.forEach((c, w) -> {
            if (code.matcher(w.text()).find() || code.matcher(w.shortText()).find()) {
                bad.add(kind + " " + c);
            }
        }));
        assertThat(bad).isEmpty();
    }

    @Test
    void everyIndicatorSearchWordNamesACatalogueCode() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue.Parser().parse(FILES);
        IndicatorSynonyms synonyms = new IndicatorSynonyms.Parser().parse(FILES);
        assertThat(synonyms.wordsByCode().keySet()).allSatisfy(c -> assertThat(catalogue.get(c)).as("indicator %s", c).isNotNull());
        assertThat(synonyms.wordsFor("DOMESTIC_ABUSE_ONGOING")).contains("dv");
        assertThat(synonyms.wordsFor("EXPLOITATION_CRIMINAL")).contains("county lines");
        assertThat(synonyms.wordsFor("EXPLOITATION_SEXUAL")).contains("cse");
        assertThat(synonyms.wordsFor("INJURY_NON_MOBILE_CHILD")).contains("bruising");
    }

    @Test
    void reasonsDatesAndTimesReadAsAPersonWouldWriteThem() {
        PlainWords words = new PlainWords(VOCABULARY, new IndicatorCatalogue.Parser().parse(FILES), new CriteriaCatalogue.Parser().parse(FILES));
        assertThat(words.because("child.ageMonths=4")).isEqualTo("Age: 4 months");
        assertThat(words.because("circumstances.consent=REFUSED")).isEqualTo("Consent to early help: refused");
        assertThat(words.because("INJURY_NON_MOBILE_CHILD")).isEqualTo("Bruise, mark or injury on a child who is not independently mobile");
        assertThat(words.because("REG11_IMPROVEMENTS=YES")).isEqualTo("Improvements needed: yes");
        assertThat(words.date("2026-11-26")).isEqualTo("26 November 2026");
        assertThat(words.dateTime("2026-11-23T16:22:32.505145Z")).isEqualTo("23 November 2026 at 4:22pm");
        assertThat(words.dateTime("2026-07-01T11:05:00Z")).as("British Summer Time").isEqualTo("1 July 2026 at 12:05pm");
        assertThat(words.prose("Send it to the Panel (RAPID_REVIEW_TO_PANEL) by 2026-11-24")).isEqualTo("Send it to the Panel (rapid review to the Panel) by 24 November 2026");
        assertThat(words.mark("U")).isEqualTo("Not yet checked: not yet checked against the published document");
        assertThat(words.age(100)).isEqualTo("8 years and 4 months");
        assertThat(words.age(4)).isEqualTo("4 months");
    }
}
