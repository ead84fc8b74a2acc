package course.grader.classreport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class report page in a real browser (headless chromium): it draws without error, has a row
 * per student, sorts by a column both ways, opens a student's feedback, shows a look-alike pair side
 * by side with the matched lines marked, and shows a hostile student name as text. Skipped where
 * chromium is not installed (.ci/run installs it).
 */
class ClassReportPageTest {

    private static final int STUDENTS = 30;
    private static Browser browser;
    private static Path page;

    @TempDir
    static Path work;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.startOrSkip();
        page = work.resolve("index.html");
        Files.writeString(page, HtmlReport.render(SampleClass.of(STUDENTS)), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void load() {
        driver().get(page.toUri().toString());
        waitFor().until(ExpectedConditions.attributeToBeNotEmpty(driver().findElement(By.tagName("body")), "data-state"));
        assertEquals("ready", driver().findElement(By.tagName("body")).getDomAttribute("data-state"),
                () -> driver().findElement(By.id("error-banner")).getText());
    }

    @Test
    void theTableHasARowPerStudentAndTheReferenceOnTop() {
        List<WebElement> rows = driver().findElements(By.cssSelector("#students-table tbody tr"));
        assertEquals(STUDENTS + 1, rows.size());
        assertEquals("_reference", rows.getFirst().getDomAttribute("data-student"));
        assertFalse(driver().findElement(By.id("error-banner")).isDisplayed());
    }

    @Test
    void clickingTheTotalSortsHighestFirstThenLowestFirst() {
        WebElement total = driver().findElement(By.cssSelector("th[data-sort-key='total']"));
        total.click();
        List<Integer> descending = totals();
        assertEquals(descending.stream().sorted((a, b) -> b - a).toList(), descending);
        assertTrue(descending.getFirst() > descending.getLast(), descending::toString);
        assertEquals("descending", total.getDomAttribute("aria-sort"));

        total.click();
        List<Integer> ascending = totals();
        assertEquals(ascending.stream().sorted().toList(), ascending);
        assertEquals("ascending", total.getDomAttribute("aria-sort"));
    }

    @Test
    void aStudentsSectionOpensWithTheirFeedback() {
        WebElement link = driver().findElement(By.cssSelector("tr[data-student='student-005'] .student-link"));
        link.click();
        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("student-panel")));
        assertEquals("student-005", panel.getDomAttribute("data-student"));
        assertTrue(panel.getText().contains("Shared state behind a lock"), panel::getText);
        assertTrue(driver().getCurrentUrl().endsWith("#student=student-005"));

        panel.findElement(By.className("close")).click();
        assertFalse(panel.isDisplayed());
    }

    @Test
    void aFailedChecksFeedbackIsShownInTheStudentsSection() {
        driver().get(page.toUri() + "#student=" + SampleClass.TRICKY_NAME.replace(" ", "%20"));
        driver().navigate().refresh();
        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("student-panel")));
        assertTrue(panel.getText().contains("two threads read the same old balance"), () -> panel.getDomProperty("innerHTML"));
        assertTrue(panel.getText().contains(SampleClass.TRICKY_NAME), panel::getText);
    }

    @Test
    void aHostileNameIsShownAsText() {
        WebElement cell = driver().findElement(By.cssSelector("#students-table tbody tr:nth-child(3) .student-link"));
        List<String> names = driver().findElements(By.cssSelector("#students-table .student-link")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.contains(SampleClass.TRICKY_NAME), names::toString);
        assertEquals(0, driver().findElements(By.cssSelector("#students-table script")).size());
        assertFalse(cell.getText().isEmpty());
    }

    @Test
    void aLookAlikePairOpensSideBySideWithTheMatchedLinesMarked() {
        driver().findElement(By.cssSelector(".similar-pair .compare")).click();
        WebElement panel = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-panel")));
        List<WebElement> sides = panel.findElements(By.className("source"));
        assertEquals(List.of("student-003", "student-004"), sides.stream().map(side -> side.getDomAttribute("data-student")).toList());
        assertEquals(3, sides.get(0).findElements(By.cssSelector(".line.matched")).size());
        assertEquals(3, sides.get(1).findElements(By.cssSelector(".line.matched")).size());
        assertTrue(sides.get(1).getText().contains("money += n"), sides.get(1)::getText);
    }

    @Test
    void theFailedChecksAreRankedWithTheirFeedback() {
        WebElement first = driver().findElement(By.cssSelector("#failed-list details"));
        first.findElement(By.tagName("summary")).click();
        assertTrue(first.getText().contains("failed by"), first::getText);
        assertTrue(first.getText().contains("Concept to revisit") || first.getText().contains("Expected"), first::getText);
    }

    private static List<Integer> totals() {
        return driver().findElements(By.cssSelector("#students-table tbody tr:not(.reference) td:last-child")).stream()
                .map(cell -> Integer.parseInt(cell.getDomAttribute("data-value"))).toList();
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }
}
