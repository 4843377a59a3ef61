package uk.childsafeguarding.decisions.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.childsafeguarding.decisions.access.Access;
import uk.childsafeguarding.decisions.access.Role;
import uk.childsafeguarding.decisions.system.ApiProblem;
import uk.childsafeguarding.decisions.system.JsonBody;
import uk.childsafeguarding.decisions.system.JsonFields;
import uk.childsafeguarding.decisions.system.Problems;

/** Decision records for auditors: read, list, replay, impact replay, verify, export, summarise; and practitioners' outcomes. */
@RestController
class DecisionsController {

    static final int MAX_PAGE_SIZE = 500;
    /** Pages beyond this are refused (page x size must stay a number the store can skip to; no list is this long). */
    static final int MAX_PAGE = 1_000_000;

    private final AuditStore store;
    private final DecisionService decisions;
    private final Replayer replayer;
    private final ReplayJobs jobs;
    private final JsonMapper mapper;
    private final Access access;
    private final PractitionerOutcomes outcomes;
    private final DecisionLookup lookup;
    private final AuditVerifier verifier;
    private final AuditSigningKey signingKey;

    DecisionsController(AuditStore store, DecisionService decisions, Replayer replayer, ReplayJobs jobs, JsonMapper mapper, Access access,
            PractitionerOutcomes outcomes, DecisionLookup lookup, AuditVerifier verifier, AuditSigningKey signingKey) {
        this.verifier = verifier;
        this.signingKey = signingKey;
        this.store = store;
        this.decisions = decisions;
        this.replayer = replayer;
        this.jobs = jobs;
        this.mapper = mapper;
        this.access = access;
        this.outcomes = outcomes;
        this.lookup = lookup;
    }

    @GetMapping("/api/v1/decisions/{id}")
    Map<String, Object> get(@PathVariable String id) {
        DecisionRecord r = lookup.readable(id).orElseThrow(() -> ApiProblem.notFound("no decision " + id));
        Map<String, Object> m = view(r);
        List<Map<String, Object>> recorded = store.outcomesOf(id).stream().map(o -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", o.id());
            v.put("recordedBy", o.requestedBy());
            v.put("recordedAt", o.createdAt());
            v.put("outcome", mapper.readTree(o.responseJson()));
            v.put("hash", o.hash());
            return v;
        }).toList();
        // every outcome recorded, oldest first (later ones amend earlier ones), and the one in force
        m.put("outcomes", recorded);
        m.put("practitionerOutcome", recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).get("outcome"));
        return m;
    }

    @GetMapping("/api/v1/decisions")
    Map<String, Object> list(@RequestParam(required = false) String partnership, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        Problems problems = new Problems();
        RecordFilter filter = filter(partnership, type, from, to, problems);
        int p = number("page", page, 0, MAX_PAGE, problems);
        int s = number("size", size, 1, MAX_PAGE_SIZE, problems);
        problems.throwIfAny();
        filter = readScope(filter);
        long total = store.count(filter);
        List<Map<String, Object>> items = store.list(filter, Math.toIntExact((long) p * s), s).stream().map(this::summaryOf).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p);
        m.put("size", s);
        m.put("total", total);
        m.put("items", items);
        return m;
    }

    @PostMapping("/api/v1/decisions/{id}/replay")
    Replayer.Result replay(@PathVariable String id, HttpServletRequest http) {
        DecisionRecord r = lookup.auditable(id).orElseThrow(() -> ApiProblem.notFound("no decision " + id));
        JsonNode body = JsonBody.readObject(http);
        Problems problems = new Problems();
        JsonFields f = new JsonFields(body, "", problems);
        f.allowOnly("against");
        Replayer.Against against = f.enumValue("against", Replayer.Against.class, true);
        decisions.checkBody("ReplayRequest", body, problems);
        problems.throwIfAny();
        return replayer.replay(r, against);
    }

    /** Impact of a rule set on past decisions; waits briefly, then answers 202 with the job to poll. */
    @PostMapping("/api/v1/replays")
    ResponseEntity<Map<String, Object>> impact(HttpServletRequest http) throws InterruptedException {
        JsonNode body = JsonBody.readObject(http);
        Problems problems = new Problems();
        JsonFields f = new JsonFields(body, "", problems);
        f.allowOnly("from", "to", "partnership", "type", "against", "waitSeconds");
        RecordFilter filter = filter(f.text("partnership", false, 64), f.text("type", false, 32), f.text("from", false, 10), f.text("to", false, 10), problems);
        Replayer.Against against = f.has("against") ? f.enumValue("against", Replayer.Against.class, false) : Replayer.Against.CURRENT;
        Integer wait = f.integer("waitSeconds", false, 0, 60);
        decisions.checkBody("ImpactReplayRequest", body, problems);
        problems.throwIfAny();
        ReplayJobs.Job job = jobs.start(auditorScope(filter), against, access.user());
        job.awaitDone(java.time.Duration.ofSeconds(wait == null ? 20 : wait));
        return ResponseEntity.status(job.done() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/replays/" + job.id()).body(job.view(true));
    }

    @GetMapping("/api/v1/replays/{jobId}")
    Object job(@PathVariable String jobId) {
        return jobs.view(jobId, access.user()).orElseThrow(() -> ApiProblem.notFound("no replay job " + jobId));
    }

    @GetMapping("/api/v1/audit/verification")
    ChainVerification verify() {
        return verifier.verify();
    }

    /**
     * Proof that one decision is in the signed log (see {@link InclusionProof}), for whoever may read
     * the decision: 404 otherwise, 409 while no checkpoint covers it or for a decision from before content hashes.
     */
    @GetMapping("/api/v1/decisions/{id}/proof")
    InclusionProof proof(@PathVariable String id) {
        DecisionRecord r = lookup.readable(id).orElseThrow(() -> ApiProblem.notFound("no decision " + id));
        InclusionProof proof = InclusionProof.of(store, r);
        if (proof == null) {
            throw new ApiProblem(409, "/problems/no-inclusion-proof", "No inclusion proof",
                    "no proof can be given for this decision: it was stored before content hashes existed", List.of());
        }
        return proof;
    }

    /** The key that verifies checkpoints, as PEM: public, so an outside auditor can fetch it (and compare it with a copy kept elsewhere). */
    @GetMapping(value = "/api/v1/audit/public-key", produces = "application/x-pem-file")
    String publicKey() {
        return signingKey.publicKeyPem();
    }

    /** Every signed checkpoint in the store, one JSON line each, oldest first: the --checkpoints file of the offline verifier. */
    @GetMapping("/api/v1/audit/checkpoints")
    ResponseEntity<StreamingResponseBody> checkpoints() {
        List<Checkpoint> all = store.checkpoints();
        StreamingResponseBody body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Checkpoint c : all) {
                w.write(c.toJsonLine() + "\n");
            }
            w.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("application", "x-ndjson"))
                .header("Content-Disposition", "attachment; filename=checkpoints.jsonl").body(body);
    }

    /**
     * The whole chain as stored, one JSON line per record in chain order: the --export file of the
     * offline verifier. Records of the partnerships the auditor audits have every field that is
     * hashed; other partnerships' records have only their partnership, content hash and chain hashes,
     * so one partnership's auditor can check the whole chain without reading anyone else's records.
     */
    @GetMapping("/api/v1/audit/chain")
    ResponseEntity<StreamingResponseBody> chain() {
        java.util.Set<String> visible = access.partnershipsFor(Role.AUDITOR);
        StreamingResponseBody body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            store.forEachInChain(r -> {
                try {
                    w.write(ChainExport.line(r, visible) + "\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("application", "x-ndjson"))
                .header("Content-Disposition", "attachment; filename=chain.jsonl").body(body);
    }

    /** A practitioner's own final decision about a recommendation, linked to it in the chain. */
    @PostMapping("/api/v1/decisions/{id}/outcome")
    ResponseEntity<Map<String, Object>> outcome(@PathVariable String id, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.CREATED).body(outcomes.record(id, JsonBody.readObject(http)));
    }

    @GetMapping("/api/v1/decisions/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "jsonl") String format,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Problems problems = new Problems();
        RecordFilter filter = filter(partnership, type, from, to, problems);
        if (!format.equals("jsonl") && !format.equals("csv")) {
            problems.add("format", "must be jsonl or csv");
        }
        problems.throwIfAny();
        RecordFilter scoped = auditorScope(filter);
        boolean csv = format.equals("csv");
        StreamingResponseBody body = out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = csv ? new CSVPrinter(w, CSV) : null;
            store.forEachDecision(scoped, r -> {
                try {
                    if (printer != null) {
                        printer.printRecord(csvCells(r));
                    } else {
                        w.write(mapper.writeValueAsString(view(r)) + "\n");
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        };
        return ResponseEntity.ok().contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : new MediaType("application", "x-ndjson"))
                .header("Content-Disposition", "attachment; filename=decisions." + format).body(body);
    }

    /** Decisions by partnership, type, month (of asAt) and outcome, and how often practitioners differed. */
    @GetMapping("/api/v1/decisions/summary")
    Map<String, Object> summary(@RequestParam(required = false) String partnership, @RequestParam(required = false) String type,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Problems problems = new Problems();
        RecordFilter filter = filter(partnership, type, from, to, problems);
        problems.throwIfAny();
        filter = auditorScope(filter);
        Map<String, Long> byPartnership = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Map<String, Long>> byOutcome = new TreeMap<>();
        Map<String, String> included = new java.util.HashMap<>();
        long[] totals = new long[4];
        store.forEachDecision(filter, r -> {
            totals[0]++;
            included.put(r.id(), r.outcome());
            byPartnership.merge(r.partnershipId(), 1L, Long::sum);
            byType.merge(r.decisionType(), 1L, Long::sum);
            byMonth.merge(r.asAt().substring(0, 7), 1L, Long::sum);
            byOutcome.computeIfAbsent(r.decisionType(), k -> new TreeMap<>()).merge(r.outcome(), 1L, Long::sum);
        });
        Map<String, Long> differentFinal = new TreeMap<>();
        // one outcome per decision counts: the latest (a later outcome amends the earlier ones)
        Map<String, String> latest = new java.util.HashMap<>();
        store.forEachInChain(r -> {
            if (DecisionRecord.OUTCOME.equals(r.kind()) && included.containsKey(r.subjectId())) {
                latest.put(r.subjectId(), r.outcome());
            }
        });
        latest.forEach((decision, outcome) -> {
            totals[1]++;
            if (outcome.startsWith("differs")) {
                totals[2]++;
                differentFinal.merge(included.get(decision) + " -> " + outcome.substring("differs: ".length()), 1L, Long::sum);
            }
        });
        Map<String, Object> practitioners = new LinkedHashMap<>();
        practitioners.put("outcomesRecorded", totals[1]);
        practitioners.put("agreed", totals[1] - totals[2]);
        practitioners.put("differed", totals[2]);
        practitioners.put("differedRate", totals[1] == 0 ? null : Math.round(1000.0 * totals[2] / totals[1]) / 1000.0);
        practitioners.put("differentFinalDecisions", differentFinal);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filter", filter);
        m.put("decisions", totals[0]);
        m.put("byPartnership", byPartnership);
        m.put("byType", byType);
        m.put("byMonth", byMonth);
        m.put("byOutcome", byOutcome);
        m.put("practitionerOutcomes", practitioners);
        return m;
    }

    /** Limits a filter to the partnerships where the user is an auditor. */
    private RecordFilter auditorScope(RecordFilter f) {
        return f.withinPartnerships(access.partnershipsFor(Role.AUDITOR));
    }

    /**
     * What a list shows: an auditor sees its partnerships' decisions; a reviewer its partnerships'
     * notification and review decisions; a practitioner only their own.
     */
    private RecordFilter readScope(RecordFilter f) {
        // the same reading as Access.mayRead, for every role the user holds together (an auditor in
        // one partnership may be a practitioner in another, and sees their own decisions there)
        List<RecordFilter.Scope> scopes = new ArrayList<>();
        if (access.hasRole(Role.AUDITOR)) {
            scopes.add(new RecordFilter.Scope(access.partnershipsFor(Role.AUDITOR), null, null));
        }
        if (access.hasRole(Role.REVIEWER)) {
            scopes.add(new RecordFilter.Scope(access.partnershipsFor(Role.REVIEWER), java.util.Set.of("notification", "review"), null));
        }
        if (access.hasRole(Role.PRACTITIONER)) {
            scopes.add(new RecordFilter.Scope(access.partnershipsFor(Role.PRACTITIONER), java.util.Set.of("thresholds"), access.user()));
        }
        return f.withinAnyOf(scopes);
    }

    private RecordFilter filter(String partnership, String type, String from, String to, Problems problems) {
        if (type != null && decisions.type(type) == null) {
            problems.add("type", "unknown decision type '" + type + "'; expected one of " + String.join(", ", decisions.typeNames()));
        }
        LocalDate f = date("from", from, problems);
        LocalDate t = date("to", to, problems);
        if (f != null && t != null && t.isBefore(f)) {
            problems.add("to", "is before from");
        }
        return new RecordFilter(partnership, type, f, t);
    }

    private static LocalDate date(String field, String value, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be a date in the form YYYY-MM-DD");
            return null;
        }
    }

    private static int number(String field, String value, int min, int max, Problems problems) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.add(field, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(field, "must be a whole number");
            return min;
        }
    }

    private Map<String, Object> summaryOf(DecisionRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("seq", r.seq());
        m.put("type", r.decisionType());
        m.put("partnership", r.partnershipId());
        m.put("asAt", r.asAt());
        m.put("outcome", r.outcome());
        m.put("ruleSetVersion", r.ruleSetVersion());
        m.put("requestedBy", r.requestedBy());
        m.put("createdAt", r.createdAt());
        return m;
    }

    private Map<String, Object> view(DecisionRecord r) {
        Map<String, Object> m = summaryOf(r);
        m.put("caseReferenceHash", r.caseRefHash());
        m.put("request", mapper.readTree(r.requestJson()));
        m.put("response", mapper.readTree(r.responseJson()));
        m.put("engine", Map.of("application", r.appVersion(), "drools", r.droolsVersion(), "java", r.javaVersion()));
        m.put("prevHash", r.prevHash());
        m.put("hash", r.hash());
        return m;
    }

    /** RFC 4180 (Apache Commons CSV): a cell with a comma, quote or line break is quoted, so it never splits a row. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader("seq", "id", "type", "partnership", "asAt", "outcome", "ruleSetVersion",
            "appVersion", "droolsVersion", "javaVersion", "requestedBy", "createdAt", "hash").get();

    private static List<String> csvCells(DecisionRecord r) {
        List<String> cells = new ArrayList<>();
        for (String v : new String[] {Long.toString(r.seq()), r.id(), r.decisionType(), r.partnershipId(), r.asAt(), r.outcome(), r.ruleSetVersion(),
                r.appVersion(), r.droolsVersion(), r.javaVersion(), r.requestedBy(), r.createdAt(), r.hash()}) {
            cells.add(neutralised(v == null ? "" : v));
        }
        return cells;
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
     * formula (OWASP "CSV injection"). Such a cell is exported with a leading apostrophe, which
     * spreadsheets show as text; the value after it is unchanged.
     */
    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
