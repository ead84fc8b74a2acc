package course.grader.report;

import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback that quotes hostile student code lands in {@code grade.md} (and so in a CI job summary)
 * and in the console as text: no HTML, no link, no heading, no terminal escape gets through.
 */
class HostileTextTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String LINK = "[click here](javascript:alert(1)) ![x](https://evil.example/x.png)";
    private static final String ANSI = "\u001B[2J\u001B[31mred\u001B[0m \u001B]0;title\u0007 \u001B]8;;https://evil.example\u001B\\link"
            + "\u001B]8;;\u001B\\ \u009B31m \u202Egnp.exe";
    private static final String LINE_START = "\n# heading\n- item\n> quote\n<!-- hidden\n```\n| cell |";

    private static Grade hostileGrade() {
        Feedback feedback = Feedback.expected("a balance of 0").observed("it threw " + SCRIPT + " " + LINK)
                .cause("`code` **bold** _em_ ~~strike~~ &amp; " + ANSI).revisit("locks" + LINE_START);
        ExerciseGrade counter = ExerciseGrade.graded("counter", "Shared state", List.of(
                new CheckGrade("exact-balance", "Exact balance", CheckKind.STRESS, 0, 4, false, null, feedback.render(), feedback, 900,
                        Map.of(), SCRIPT)));
        ExerciseGrade broken = new ExerciseGrade("parking", "Car park", ExerciseStatus.NOT_COMPILED, 0, 3,
                "ParkingLot.java:3: error: \n````\n" + SCRIPT + "\n```` " + ANSI, List.of());
        return Grade.of("student " + SCRIPT + LINK, "2026-11-22T00:00:00Z", "a PID namespace of its own", List.of(), List.of(counter, broken));
    }

    @Test
    void markdownShowsHostileTextAsTextOnItsOwnLine() {
        String md = MarkdownReport.render(hostileGrade());
        String outsideFences = md.replaceAll("(?s)(`{3,})\\n.*?\\n\\1\\n", "");

        assertFalse(outsideFences.contains("<"), "raw HTML outside code: " + outsideFences);
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(").matcher(outsideFences).find(), "a link: " + outsideFences);
        assertTrue(md.contains("\\[click here\\](javascript:alert(1))"), md);
        assertTrue(md.contains("&lt;script&gt;"), md);
        assertTrue(md.contains("\\`code\\` \\*\\*bold\\*\\* \\_em\\_ \\~\\~strike\\~\\~ &amp;amp;"), md);
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("# heading") || line.startsWith("- item") || line.startsWith("> quote")
                    || line.startsWith("<!--"), "student text opened a block: " + line);
        }
        assertFalse(md.chars().anyMatch(c -> c == 0x1B || c == 0x9B || c == 0x202E), "a control character in grade.md");
    }

    /** Gradescope renders its tests' output as Markdown: the same escaping as grade.md. */
    @Test
    void gradescopeOutputShowsHostileTextAsText() {
        for (GradescopeReport.Test test : GradescopeReport.of(hostileGrade()).tests()) {
            String outsideFences = test.output().replaceAll("(?s)(`{3,})\\n.*?\\n\\1\\n", "");
            assertFalse(outsideFences.contains("<"), "raw HTML outside code: " + outsideFences);
            assertFalse(Pattern.compile("(?<!\\\\)\\]\\(").matcher(outsideFences).find(), "a link: " + outsideFences);
        }
    }

    @Test
    void aNoteHoldingFencesStaysInsideItsCodeBlock() {
        String fenced = MarkdownReport.fenced("error\n````\n" + SCRIPT + "\n````");
        assertTrue(fenced.startsWith("`````\n"), fenced);
        assertTrue(fenced.endsWith("\n`````\n"), fenced);
        assertEquals(2, fenced.split("`````", -1).length - 1, fenced);
    }

    @Test
    void theConsoleGetsNoTerminalEscapeFromStudentText() {
        String console = ConsoleReport.render(hostileGrade(), "grade.json");

        assertFalse(console.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E),
                "a control character reached the console");
        assertTrue(console.contains("red"), console);
        assertTrue(console.contains("gnp.exe"), console);
    }

    /** JUnit XML holds hostile text as text: it parses, no element is injected, and no character XML forbids is left. */
    @Test
    void junitXmlHoldsHostileTextAsText() throws Exception {
        String xml = JUnitXmlReport.render(hostileGrade());
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, parsed.getElementsByTagName("script").getLength());
        assertTrue(parsed.getDocumentElement().getTextContent().contains(SCRIPT));
        assertFalse(xml.chars().anyMatch(c -> c == 0x1B || c == 0x07), "a character XML 1.0 cannot hold");
    }

    @Test
    void plainTextKeepsLinesAndTabsAndDropsEscapes() {
        assertEquals("red link \tend\nnext\nlast", PlainText.strip("\u001B[1;31mred\u001B[0m \u001B]8;;x\u0007link \tend\r\nnext\rlast"));
        assertEquals("one two", PlainText.oneLine("one\ntwo"));
    }
}
