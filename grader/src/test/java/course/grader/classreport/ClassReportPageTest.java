package course.grader.classreport;

import course.grader.report.Json;
import course.grader.report.CheckGrade;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The class report page ({@code index.html}) as a teacher uses it, in a real browser: it loads from
 * {@code file://} without an error, lists every student, sorts on a header click both ways, opens a
 * student with the feedback of their failed checks, shows a similar pair side by side with the matched
 * lines highlighted in the same colour on both sides, and shows names and feedback holding markup as
 * text. Without the browser, it proves the embedded report is the whole report and that no string in
 * it can end the script element it travels in.
 *
 * <p>The browser tests drive Debian's headless chromium through chromedriver and are skipped where
 * either is not installed. Every wait is bounded.
 */
class ClassReportPageTest {

    private static final int CLASS_SIZE = 40;
    private static final ClassReport REPORT = SampleClass.of(CLASS_SIZE);

    @Test
    void theReportTravelsWholeAndNoStringInItEndsItsScript() {
        String page = HtmlReport.render(REPORT);
        assertFalse(page.contains(SampleClass.SCRIPT_BREAKOUT), "a feedback's </script> reached the page as markup");
        assertEquals(2, occurrences(page, "</script"), "only the data and the page's own script end a script");
        String opening = "<script id=\"class-report-data\" type=\"application/json\">";
        int start = page.indexOf(opening) + opening.length();
        String embedded = page.substring(start, page.indexOf("</script>", start));
        assertEquals(REPORT, Json.parse(embedded, ClassReport.class));
    }

    private static int occurrences(String text, String part) {
        return text.split(part, -1).length - 1;
    }

    /** The page in chromium: one browser for all, each test on a freshly loaded page. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class InChromium {

        /** Null where chromium is not installed: then every test here is skipped. */
        private HeadlessChromium chromium;
        private URI page;

        @BeforeAll
        void openBrowser(@TempDir Path folder) throws IOException {
            if (HeadlessChromium.isInstalled()) {
                page = writePage(folder, REPORT);
                chromium = new HeadlessChromium();
            }
        }

        @AfterAll
        void closeBrowser() {
            if (chromium != null) {
                chromium.close();
            }
        }

        /**
         * Assumed in each test rather than once for all, so that each one is reported as skipped; where
         * the browser is promised ({@code KIT_BROWSER_REQUIRED=true}, as in CI) a missing one fails.
         */
        @BeforeEach
        void needsChromium() {
            String missing = "chromium or chromedriver is not installed (" + HeadlessChromium.BROWSER + ", "
                    + HeadlessChromium.DRIVER + ")";
            if (Boolean.parseBoolean(System.getenv("KIT_BROWSER_REQUIRED"))) {
                assertNotNull(chromium, missing);
            }
            assumeTrue(chromium != null, missing);
        }

        @AfterEach
        void thePageReportedNoError() {
            if (chromium == null) {
                return;
            }
            assertEquals("", chromium.script("return document.getElementById('error-banner').textContent"));
            List<String> severe = chromium.severeConsoleMessages();
            assertTrue(severe.isEmpty(), "console errors: " + severe);
            assertNull(chromium.script("return window.injected"), "a string from the report ran as script");
        }

        @Test
        void theHeaderSummarisesTheClassLeavingOutTheReference() {
            chromium.open(page);
            assertEquals(String.valueOf(CLASS_SIZE), text("#summary-figures div:first-child dd"));
            assertTrue(text("#status-counts").contains("timed out 1"), text("#status-counts"));
        }

        @Test
        void theTableHasOneRowPerStudentWithTheReferencePinnedOnTop() {
            chromium.open(page);
            assertEquals(REPORT.students().stream().map(StudentRow::name).sorted().toList(),
                    texts("#students-table tbody .student-link").stream().sorted().toList());
            WebElement firstRow = chromium.driver().findElement(By.cssSelector("#students-table tbody tr"));
            assertEquals(SampleClass.REFERENCE, firstRow.getDomAttribute("data-student"));
            assertEquals("reference", firstRow.findElement(By.cssSelector(".reference-badge")).getText());
        }

        @Test
        void theTotalHeaderSortsHighestFirstAndAgainLowestFirst() {
            chromium.open(page);
            List<Integer> totals = REPORT.students().stream().filter(student -> !student.reference())
                    .map(StudentRow::score).toList();
            WebElement header = chromium.driver().findElement(By.cssSelector("#students-table th[data-sort-key='total']"));

            header.click();
            assertEquals("descending", header.getDomAttribute("aria-sort"));
            assertEquals(totals.stream().sorted(Comparator.reverseOrder()).toList(), shownTotals());

            header.click();
            assertEquals("ascending", header.getDomAttribute("aria-sort"));
            assertEquals(totals.stream().sorted().toList(), shownTotals());
            assertNotEquals(shownTotals().getFirst(), shownTotals().getLast(), "the sample's totals differ");
        }

        private List<Integer> shownTotals() {
            return texts("#students-table tbody tr:not(.reference) td.total").stream().map(Integer::valueOf).toList();
        }

        @Test
        void theFilterShowsOnlyTheStudentsWhoseNameHoldsItsText() {
            chromium.open(page);
            chromium.driver().findElement(By.id("student-filter")).sendKeys("lindQVIST");
            assertEquals(List.of(SampleClass.ORIGINAL, SampleClass.COPY),
                    texts("#students-table tbody tr:not([hidden]) .student-link"));
        }

        @Test
        void eachExerciseHasAHistogramOfItsGradedStudents() {
            chromium.open(page);
            long graded = REPORT.students().stream().filter(student -> !student.reference() && student.grade() != null).count();
            for (ExerciseColumn exercise : REPORT.exercises()) {
                List<String> counts = texts(".histogram[data-exercise='" + exercise.id() + "'] .bar-column span");
                assertEquals(exercise.maxScore() + 1, counts.size(), "one bar per point of " + exercise.id());
                assertEquals(graded, counts.stream().filter(count -> !count.isEmpty()).mapToLong(Long::parseLong).sum());
            }
        }

        @Test
        void failedChecksAreListedMostFailedFirstWithTheirShare() {
            chromium.open(page);
            assertEquals(REPORT.failedChecks().stream().map(check -> "failed by %d of %d (%d\u00a0%%)".formatted(
                            check.failedBy().size(), check.gradedStudents(),
                            Math.round(100.0 * check.failedBy().size() / check.gradedStudents()))).toList(),
                    texts(".failed-check .failed-by"));
            assertTrue(text(".failed-check .example").contains(REPORT.failedChecks().getFirst().feedback().getFirst().example()));
        }

        @Test
        void eachMeasurementIsChartedWithTheReferenceHighlighted() {
            chromium.open(page);
            for (MeasurementSeries series : REPORT.measurements()) {
                String chart = ".series[data-series='" + series.exercise() + "/" + series.check() + "/" + series.name() + "']";
                assertEquals(series.values().size(), texts(chart + " .bar-row").size());
                assertEquals(List.of(SampleClass.REFERENCE), texts(chart + " .bar-row.reference .student-link"));
            }
        }

        @Test
        void clickingAStudentOpensTheirPanelWithTheFeedbackOfTheirFailedCheck() {
            FailedCheck mostFailed = REPORT.failedChecks().getFirst();
            String student = mostFailed.feedback().getFirst().students().getFirst();
            CheckGrade failed = checkOf(student, mostFailed);
            chromium.open(page);

            studentLinkInTable(student).click();

            String panel = openedPanelText("#student-panel");
            assertTrue(panel.startsWith(student), panel);
            assertTrue(panel.contains(failed.details().observed()), panel);
            assertTrue(panel.contains(failed.details().cause()), panel);
            assertTrue(chromium.currentUrl().contains("#student="), chromium.currentUrl());
            chromium.driver().findElement(By.cssSelector("#student-panel .close-button")).click();
            await().atMost(Duration.ofSeconds(5)).until(() -> !isOpen("#student-panel"));
            studentLinkInTable(student).click();
            assertTrue(openedPanelText("#student-panel").startsWith(student), "the same link opens the panel again");
        }

        private CheckGrade checkOf(String student, FailedCheck failedCheck) {
            return REPORT.students().stream().filter(row -> row.name().equals(student)).findFirst().orElseThrow()
                    .grade().exercises().stream().filter(exercise -> exercise.id().equals(failedCheck.exercise()))
                    .flatMap(exercise -> exercise.checks().stream())
                    .filter(check -> check.id().equals(failedCheck.check())).findFirst().orElseThrow();
        }

        @Test
        void aStudentNamedInTheAddressOpensOnLoad() throws URISyntaxException {
            String note = REPORT.students().stream().filter(row -> row.name().equals(SampleClass.TIMED_OUT))
                    .findFirst().orElseThrow().note();
            chromium.open(new URI(page.getScheme(), page.getSchemeSpecificPart(), "student=" + SampleClass.TIMED_OUT));

            String panel = openedPanelText("#student-panel");
            assertTrue(panel.startsWith(SampleClass.TIMED_OUT), panel);
            assertTrue(panel.contains(note), panel);
        }

        /** The checks of an exercise that was not graded say so, rather than that they failed. */
        @Test
        void theChecksOfAnExerciseNotGradedShowAsNotRun() throws URISyntaxException {
            chromium.open(new URI(page.getScheme(), page.getSchemeSpecificPart(), "student=" + SampleClass.NOT_COMPILED));
            openedPanelText("#student-panel");

            List<String> parking = texts("#student-panel [data-exercise='parking'] .check .verdict");
            assertFalse(parking.isEmpty());
            assertTrue(parking.stream().allMatch("\u2013 not run"::equals), parking.toString());
            assertTrue(texts("#student-panel [data-exercise='counter'] .check .verdict").stream()
                    .allMatch(verdict -> verdict.equals("\u2713 passed") || verdict.equals("\u2717 failed")));
        }

        /** A check the student's machine could not decide says so, and why, rather than that it passed. */
        @Test
        void aCheckNotDecidedShowsAsSuchWithWhatTheMachineLacked() throws URISyntaxException {
            chromium.open(new URI(page.getScheme(), page.getSchemeSpecificPart(), "student=" + SampleClass.REFERENCE));
            String panel = openedPanelText("#student-panel");

            assertEquals(List.of("\u2013 not decided here"), texts("#student-panel [data-exercise='counter'] [data-check='"
                    + SampleClass.UNDECIDED_CHECK + "'] .verdict"));
            assertTrue(panel.contains(SampleClass.UNDECIDED_BECAUSE), panel);
        }

        @Test
        void aSimilarPairOpensSideBySideWithEachMatchHighlightedOnBothSides() {
            SimilarPair pair = REPORT.similarPairs().stream()
                    .filter(candidate -> candidate.first().equals(SampleClass.ORIGINAL)).findFirst().orElseThrow();
            chromium.open(page);

            compareButtonOf(pair).click();

            openedPanelText("#compare-panel");
            List<WebElement> panes = chromium.driver().findElements(By.cssSelector("#compare-panel .source-pane"));
            assertEquals(List.of(pair.first(), pair.second()),
                    panes.stream().map(pane -> pane.getDomAttribute("data-student")).toList());
            for (int side = 0; side < 2; side++) {
                String source = sourceOf(pair, side);
                assertEquals(source.lines().toList(), texts("#compare-panel .source-pane:nth-child(" + (side + 1)
                        + ") .line-text"), "the source shown as it is, line by line");
                assertEquals(matchedLines(pair, side), shownMatchedLines(side));
            }
            assertEquals(matchColours(0), matchColours(1), "a match has one colour on both sides");
        }

        private WebElement compareButtonOf(SimilarPair pair) {
            List<String> names = List.of(pair.first(), pair.second());
            return chromium.driver().findElements(By.cssSelector("#pair-list tr.pair")).stream()
                    .filter(row -> names.equals(row.findElements(By.cssSelector(".student-link")).stream()
                            .map(WebElement::getText).toList()))
                    .findFirst().orElseThrow()
                    .findElement(By.cssSelector(".compare-button"));
        }

        private String sourceOf(SimilarPair pair, int side) {
            String student = side == 0 ? pair.first() : pair.second();
            return REPORT.sources().get(student).get(pair.exercise()).values().iterator().next();
        }

        /** Line number → number of its match (from 1), as the report says. */
        private Map<Integer, Integer> matchedLines(SimilarPair pair, int side) {
            Map<Integer, Integer> lines = new TreeMap<>();
            IntStream.range(0, pair.matches().size()).forEach(index -> {
                SimilarPair.MatchedLines match = pair.matches().get(index);
                IntStream.rangeClosed(side == 0 ? match.firstStart() : match.secondStart(),
                        side == 0 ? match.firstEnd() : match.secondEnd()).forEach(line -> lines.put(line, index + 1));
            });
            return lines;
        }

        /** Line number → number of its match, as the page highlights it. */
        private Map<Integer, Integer> shownMatchedLines(int side) {
            Map<Integer, Integer> lines = new TreeMap<>();
            List<String> numbered = texts("#compare-panel .source-pane:nth-child(" + (side + 1) + ") .source-line.matched",
                    "element.dataset.line + ' ' + element.dataset.match");
            numbered.stream().map(entry -> entry.split(" "))
                    .forEach(entry -> lines.put(Integer.valueOf(entry[0]), Integer.valueOf(entry[1])));
            return lines;
        }

        private List<String> matchColours(int side) {
            return texts("#compare-panel .source-pane:nth-child(" + (side + 1) + ") .source-line.matched",
                    "element.dataset.match + ' ' + getComputedStyle(element).backgroundColor").stream().distinct().toList();
        }

        /** A teacher sees per row whether the grading was contained, and which files were left out of it. */
        @Test
        void eachRowSaysWhetherItsGradingWasContainedAndWhatWasLeftOut() {
            chromium.open(page);
            WebElement uncontained = rowOf(SampleClass.UNCONTAINED);
            assertEquals("no", uncontained.findElement(By.cssSelector("td.contained.uncontained")).getText());
            assertEquals(SampleClass.UNCONTAINED_BY, uncontained.findElement(By.cssSelector("td.contained")).getDomAttribute("title"));
            assertEquals(String.valueOf(SampleClass.LEFT_OUT.size()), uncontained.findElement(By.cssSelector("td.left-out")).getText());
            assertEquals("yes", rowOf(SampleClass.ORIGINAL).findElement(By.cssSelector("td.contained")).getText());
            assertEquals("0", rowOf(SampleClass.ORIGINAL).findElement(By.cssSelector("td.left-out")).getText());
            assertEquals("\u2014", rowOf(SampleClass.CRASHED).findElement(By.cssSelector("td.contained")).getText());
            assertTrue(text("#summary-figures").contains("Graded uncontained\n1"), text("#summary-figures"));

            studentLinkInTable(SampleClass.UNCONTAINED).click();

            String panel = openedPanelText("#student-panel");
            assertTrue(panel.contains("NOT contained (" + SampleClass.UNCONTAINED_BY + ")"), panel);
            assertEquals(SampleClass.LEFT_OUT, texts("#student-panel .left-out-files li"));
        }

        private WebElement rowOf(String student) {
            return chromium.driver().findElements(By.cssSelector("#students-table tbody tr")).stream()
                    .filter(row -> student.equals(row.getDomAttribute("data-student"))).findFirst().orElseThrow();
        }

        @Test
        void namesAndFeedbackHoldingMarkupAreShownAsText() {
            chromium.open(page);
            assertTrue(texts("#students-table .student-link").contains(SampleClass.HOSTILE));
            assertEquals(0L, chromium.script("return document.querySelectorAll('main script').length"));

            studentLinkInTable(SampleClass.HOSTILE).click();

            String panel = openedPanelText("#student-panel");
            assertTrue(panel.startsWith(SampleClass.HOSTILE), panel);
            assertTrue(panel.contains("it printed " + SampleClass.SCRIPT_BREAKOUT), panel);
        }

        private WebElement studentLinkInTable(String student) {
            return chromium.driver().findElements(By.cssSelector("#students-table .student-link")).stream()
                    .filter(link -> link.getText().equals(student)).findFirst().orElseThrow();
        }

        /** Waits for the dialog to open, then returns its text. */
        private String openedPanelText(String dialog) {
            await().atMost(Duration.ofSeconds(5)).until(() -> isOpen(dialog));
            return chromium.driver().findElement(By.cssSelector(dialog)).getText();
        }

        private boolean isOpen(String dialog) {
            return Boolean.TRUE.equals(chromium.script("return document.querySelector(arguments[0]).open", dialog));
        }

        private String text(String selector) {
            return chromium.driver().findElement(By.cssSelector(selector)).getText();
        }

        /** The text content of every element the selector finds, read in one round trip. */
        private List<String> texts(String selector) {
            return texts(selector, "element.textContent");
        }

        @SuppressWarnings("unchecked")
        private List<String> texts(String selector, String expression) {
            return (List<String>) chromium.script("return Array.from(document.querySelectorAll(arguments[0]), "
                    + "element => String(" + expression + "))", selector);
        }
    }

    static URI writePage(Path folder, ClassReport report) throws IOException {
        Path file = folder.resolve("index.html");
        Files.writeString(file, HtmlReport.render(report), StandardCharsets.UTF_8);
        return file.toUri();
    }

    /**
     * Debian's chromium, headless, driven by its chromedriver with a fresh profile; every flag that
     * would make it reach the network is off, so it never waits for one. {@code CHROME_BIN} and
     * {@code CHROMEDRIVER} name another Chrome and its driver (GitHub's runners have Google Chrome).
     */
    static final class HeadlessChromium implements AutoCloseable {

        private static final File BROWSER = executable("CHROME_BIN", "/usr/bin/chromium");
        private static final File DRIVER = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        private static final Duration PAGE_LOAD_LIMIT = Duration.ofSeconds(20);
        private static final Duration RENDERING_LIMIT = Duration.ofSeconds(10);

        private final Path profile;
        private final ChromeDriver driver;

        private static File executable(String variable, String debianPath) {
            String named = System.getenv(variable);
            return new File(named == null || named.isBlank() ? debianPath : named);
        }

        static boolean isInstalled() {
            return BROWSER.canExecute() && DRIVER.canExecute();
        }

        HeadlessChromium() throws IOException {
            profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(BROWSER)
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException notStarted) {
                deleteProfile();
                throw notStarted;
            }
            driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_LIMIT).scriptTimeout(RENDERING_LIMIT);
        }

        ChromeDriver driver() {
            return driver;
        }

        /**
         * Loads the page afresh (never as a jump within the page already shown) and waits until it
         * has rendered the report or shown its error banner.
         */
        void open(URI page) {
            driver.get("about:blank");
            driver.get(page.toASCIIString());
            await().atMost(RENDERING_LIMIT).until(() -> Boolean.TRUE.equals(script(
                    "return window.reportRenderedAt !== undefined || !document.getElementById('error-banner').hidden")));
        }

        Object script(String script, Object... arguments) {
            return ((JavascriptExecutor) driver).executeScript(script, arguments);
        }

        String currentUrl() {
            return driver.getCurrentUrl();
        }

        /** The console's error messages since the last call. */
        List<String> severeConsoleMessages() {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteProfile();
            }
        }

        private void deleteProfile() {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
