package uk.childsafeguarding.decisions.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start's administrator account and the add-account command. */
class LocalAccountsTests {

    @TempDir
    Path dir;

    @Test
    void aFirstStartCreatesOneAdministratorShowsThePasswordOnceAndStoresOnlyItsHash() throws Exception {
        Path file = dir.resolve("accounts.yaml");
        PrintStream original = System.out;
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        System.setOut(new PrintStream(shown, true));
        LocalAccounts accounts;
        try {
            accounts = new SecurityConfiguration().localAccounts(new SecurityConfiguration.SecurityProperties(file.toString(), "g", "u"));
        } finally {
            System.setOut(original);
        }
        Matcher m = Pattern.compile("password: (\\S+)").matcher(shown.toString());
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        String stored = Files.readString(file);
        assertThat(stored).doesNotContain(password).contains("{bcrypt}");
        LocalAccounts.Account admin = accounts.get("admin");
        assertThat(LocalAccounts.ENCODER.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.grants()).hasSize(Role.values().length).allSatisfy(g -> assertThat(g.partnership()).isEqualTo("*"));

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        System.setOut(new PrintStream(again, true));
        try {
            new SecurityConfiguration().localAccounts(new SecurityConfiguration.SecurityProperties(file.toString(), "g", "u"));
        } finally {
            System.setOut(original);
        }
        assertThat(again.toString()).as("a second start creates nothing and shows nothing").doesNotContain("password:");
    }

    @Test
    void addAccountHashesThePasswordAndRecordsTheGrants() throws Exception {
        Path file = dir.resolve("accounts.yaml");
        int exit = AccountTool.run(new String[] {"add-account", "--username=sam.teacher", "--grant=PRACTITIONER:devon,torbay", "--grant=AUDITOR:devon",
                "--accounts-file=" + file}, () -> "correct horse battery".toCharArray());
        assertThat(exit).isZero();
        LocalAccounts.Account sam = LocalAccounts.load(file).get("sam.teacher");
        assertThat(sam.grants()).extracting(Grant::toString).containsExactly("PRACTITIONER:devon", "PRACTITIONER:torbay", "AUDITOR:devon");
        assertThat(LocalAccounts.ENCODER.matches("correct horse battery", sam.passwordHash())).isTrue();
        assertThat(Files.readString(file)).doesNotContain("correct horse battery");
        assertThat(AccountTool.run(new String[] {"add-account", "--username=x", "--grant=PRACTITIONER:devon", "--accounts-file=" + file},
                () -> "short".toCharArray())).isEqualTo(2);
        assertThat(AccountTool.run(new String[] {"add-account", "--username=x", "--grant=CHIEF:devon", "--accounts-file=" + file},
                () -> "long enough password".toCharArray())).isEqualTo(2);
    }

    private String startFailure(String yaml) throws Exception {
        Path file = dir.resolve("accounts-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml);
        PrintStream original = System.out;
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        System.setOut(new PrintStream(shown, true));
        try {
            new SecurityConfiguration().localAccounts(new SecurityConfiguration.SecurityProperties(file.toString(), "g", "u"));
            return null;
        } catch (IllegalStateException e) {
            assertThat(shown.toString()).as("no administrator is created").doesNotContain("password:");
            assertThat(Files.readString(file)).as("the file is left as it was").isEqualTo(yaml);
            return e.getMessage();
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void anEmptyOrUnreadableAccountsFileStopsStartUpInsteadOfCreatingAnAdministrator() throws Exception {
        assertThat(startFailure("")).contains("no accounts");
        assertThat(startFailure("accounts: []\n")).contains("no accounts");
        assertThat(startFailure("accounts:\n  - username: a\n    passwordHash: [\n")).contains("line");
    }

    @Test
    void plainTextHashesAndDuplicateNamesStopStartUpNamingTheAccount() throws Exception {
        String good = LocalAccounts.ENCODER.encode("a long enough password");
        assertThat(startFailure("accounts:\n  - username: jo\n    passwordHash: '{noop}hunter2hunter2'\n    grants: ['PRACTITIONER:devon']\n"))
                .contains("jo", "{noop}");
        assertThat(startFailure("accounts:\n  - username: jo\n    passwordHash: 'hunter2hunter2'\n    grants: ['PRACTITIONER:devon']\n"))
                .contains("jo");
        assertThat(startFailure("accounts:\n  - username: jo\n    passwordHash: '" + good + "'\n    grants: ['PRACTITIONER:devon']\n"
                + "  - username: jo\n    passwordHash: '" + good + "'\n    grants: ['AUDITOR:*']\n")).contains("jo", "more than once");
        assertThat(startFailure("accounts:\n  - username: jo\n    passwordHash: '" + good + "'\n    grants: ['PRACTITIONER:devon']\n")).isNull();
    }

    @Test
    void passwordsShorterThanFifteenCharactersOrBlankAreRefused() {
        Path file = dir.resolve("accounts.yaml");
        String[] refused = {"fourteen chars", "               ", "sam.teacher-sam.teacher"};
        for (String p : refused) {
            assertThat(AccountTool.run(new String[] {"add-account", "--username=sam.teacher", "--grant=PRACTITIONER:devon", "--accounts-file=" + file},
                    p::toCharArray)).as("'%s'", p).isEqualTo(2);
        }
        assertThat(AccountTool.run(new String[] {"add-account", "--username=sam.teacher", "--grant=PRACTITIONER:devon", "--accounts-file=" + file},
                "fifteen chars!!"::toCharArray)).isZero();
    }
}
