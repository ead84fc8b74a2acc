package course.grader.report;

import course.grader.api.CheckKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.api.Feedback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files every grading run writes, in the shapes their readers expect. */
class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path folder;

    @BeforeAll
    static void writeReports(@TempDir Path temp) throws Exception {
        Feedback feedback = Feedback.expected("a balance of 0").observed("12").cause("a lost update").revisit("locks");
        ExerciseGrade counter = ExerciseGrade.graded("counter", "Shared state", List.of(
                new CheckGrade("uses-a-lock", "Uses a lock", CheckKind.ARCHITECTURE, 1, 1, true, null, null, null, 120, Map.of(), null),
                new CheckGrade("exact-balance", "Exact balance", CheckKind.STRESS, 0, 4, false, null, feedback.render(), feedback, 900,
                        Map.of(), null)));
        ExerciseGrade broken = new ExerciseGrade("parking", "Car park", ExerciseStatus.NOT_COMPILED, 0, 3,
                "ParkingLot.java:3: error: ';' expected", List.of(
                new CheckGrade("limit", "Limit", CheckKind.STRESS, 0, 3, false, CheckStatus.NOT_RUN, "not run: its sources did not compile", null, 0, Map.of(), null)));
        folder = temp;
        ReportWriter.write(Grade.of("student-a", "2026-11-22T00:00:00Z", "a PID namespace of its own", List.of(), List.of(counter, broken)), temp);
    }

    @Test
    void classroomResultHasTheReportersFieldsAndPartialCredit() throws Exception {
        JsonNode result = JSON.readTree(folder.resolve("classroom-result.json").toFile());
        assertEquals(1, result.get("version").asInt());
        assertEquals("fail", result.get("status").asText());
        assertEquals(8, result.get("max_score").asInt());
        JsonNode tests = result.get("tests");
        assertEquals(3, tests.size());
        for (JsonNode test : tests) {
            for (String field : List.of("name", "status", "score", "message", "test_code", "filename", "line_no", "duration")) {
                assertTrue(test.has(field), field + " missing in " + test);
            }
            assertTrue(test.get("line_no").isInt());
        }
        assertEquals(1, tests.get(0).get("score").asInt());
        assertEquals("pass", tests.get(0).get("status").asText());
        assertTrue(tests.get(1).get("message").asText().contains("Observed: 12"));
        assertTrue(tests.get(2).get("message").asText().contains("';' expected"));
    }

    @Test
    void theBase64FormDecodesToTheSameJson() throws Exception {
        String decoded = new String(Base64.getDecoder().decode(Files.readString(folder.resolve("classroom-result.b64"))),
                StandardCharsets.UTF_8);
        assertEquals(Files.readString(folder.resolve("classroom-result.json")), decoded);
    }

    @Test
    void gradescopeResultsHaveScoresStatusAndVisibility() throws Exception {
        JsonNode results = JSON.readTree(folder.resolve("results.json").toFile());
        assertEquals(1.0, results.get("score").asDouble());
        JsonNode tests = results.get("tests");
        assertEquals(3, tests.size());
        for (JsonNode test : tests) {
            for (String field : List.of("name", "score", "max_score", "status", "output", "visibility")) {
                assertTrue(test.has(field), field + " missing in " + test);
            }
            assertTrue(List.of("passed", "failed").contains(test.get("status").asText()));
        }
        assertEquals(4.0, tests.get(1).get("max_score").asDouble());
        assertEquals("md", results.get("output_format").asText());
        assertEquals("md", tests.get(1).get("output_format").asText());
        assertTrue(tests.get(1).get("output").asText().contains("- Observed: 12"), tests.get(1).toString());
        assertTrue(tests.get(2).get("output").asText().contains("```\nParkingLot.java:3: error: ';' expected"),
                tests.get(2).toString());
        assertEquals("", tests.get(0).get("output").asText());
    }

    /** Kinds and statuses are enums in the grader and the same strings as ever in grade.json, which reads back whole. */
    @Test
    void gradeJsonWritesKindsAndStatusesAsTheirNamesAndMarksChecksNotRun() throws Exception {
        JsonNode grade = JSON.readTree(folder.resolve("grade.json").toFile());
        JsonNode counter = grade.get("exercises").get(0);
        JsonNode parking = grade.get("exercises").get(1);
        assertEquals("graded", counter.get("status").asText());
        assertEquals("architecture", counter.get("checks").get(0).get("kind").asText());
        assertEquals("passed", counter.get("checks").get(0).get("status").asText());
        assertEquals("failed", counter.get("checks").get(1).get("status").asText());
        assertEquals("not-compiled", parking.get("status").asText());
        assertEquals("not-run", parking.get("checks").get(0).get("status").asText());
        assertEquals("not run: its sources did not compile", parking.get("checks").get(0).get("feedback").asText());

        Grade read = Json.read(folder.resolve("grade.json"), Grade.class);
        assertEquals(ExerciseStatus.NOT_COMPILED, read.exercises().get(1).status());
        assertEquals(CheckStatus.NOT_RUN, read.exercises().get(1).checks().get(0).status());
        assertEquals(CheckKind.STRESS, read.exercises().get(1).checks().get(0).kind());
        assertTrue(Files.readString(folder.resolve("grade.md")).contains("| limit: Limit | stress | 0 / 3 | ⏭️ not run |"));
    }

    /** A grade stored before checks had a status reads back as passed or failed. */
    @Test
    void aCheckStoredWithoutAStatusReadsBackFromPassed() {
        CheckGrade old = Json.parse("{\"id\":\"x\",\"kind\":\"timing\",\"passed\":false,\"feedback\":\"Expected: y\"}",
                CheckGrade.class);
        assertEquals(CheckStatus.FAILED, old.status());
        assertEquals(CheckKind.TIMING, old.kind());
    }

    /** CI reads the grade as Surefire's test report: one testcase per check, the feedback as the failure, points as properties. */
    @Test
    void junitXmlHasOneTestCasePerCheckWithItsFeedbackAndPoints() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve(JUnitXmlReport.FILE).toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element exactBalance = (Element) cases.item(1);
        assertEquals("counter", exactBalance.getAttribute("classname"));
        assertEquals("counter/exact-balance: Exact balance", exactBalance.getAttribute("name"));
        Element failure = (Element) exactBalance.getElementsByTagName("failure").item(0);
        assertEquals("Expected: a balance of 0", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("Observed: 12"), failure.getTextContent());
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        Element notCompiled = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertEquals("not-compiled", notCompiled.getAttribute("type"));
        assertTrue(notCompiled.getTextContent().contains("';' expected"), notCompiled.getTextContent());
        NodeList properties = suite.getElementsByTagName("property");
        Map<String, String> byName = new HashMap<>();
        for (int index = 0; index < properties.getLength(); index++) {
            Element property = (Element) properties.item(index);
            byName.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertEquals("1/8", byName.get("score"));
        assertEquals("0/4", byName.get("points.counter/exact-balance"));
    }

    /** A check the machine could not decide earns its points, and every report says it was not decided, and why. */
    @Test
    void anUndecidedCheckKeepsItsPointsAndEveryReportSaysWhy() throws Exception {
        CheckGrade undecided = new CheckGrade("no-lost-update", "jcstress", CheckKind.JCSTRESS, 3, 3, true,
                CheckStatus.UNDECIDED, CheckGrade.UNDECIDED_PREFIX + "this machine has 1 CPU", null, 5, Map.of(), null);
        Grade grade = Grade.of("student-b", "2026-12-05T00:00:00Z", "a PID namespace of its own", List.of(),
                List.of(ExerciseGrade.graded("counter", "Shared state", List.of(undecided))));

        String console = ConsoleReport.render(grade, "report/");
        assertTrue(console.contains("n/d") && console.contains("NOT DECIDED HERE counter/no-lost-update")
                && console.contains("1 not decided on this machine (no points lost)"), console);
        assertTrue(MarkdownReport.render(grade).contains("➖ not decided here"));
        assertEquals(3, grade.score());
        assertTrue(grade.allPassed());
        GradescopeReport.Test gradescope = GradescopeReport.of(grade).tests().get(0);
        assertEquals("passed", gradescope.status());
        assertTrue(gradescope.output().contains("this machine has 1 CPU"));
        assertEquals(CheckStatus.UNDECIDED, Json.parse(Json.line(grade), Grade.class).exercises().get(0).checks().get(0).status());
        assertTrue(JUnitXmlReport.render(grade).contains("<skipped message=\"not decided here, and no points lost: this"
                + " machine has 1 CPU\""), JUnitXmlReport.render(grade));
    }

    @Test
    void theFailedMarkerExistsWhileAnyCheckFails() {
        assertTrue(Files.exists(folder.resolve(ReportWriter.FAILED_MARKER)));
    }
}
