package course.grader.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The student template holds no solutions and no grader tests, and works as exported: the
 * student's {@code ./mvnw verify} grades the skeleton (0 points, reports written), and the Classroom
 * workflow's {@code grader.jar grade} grades the template's sources.
 */
class TemplateExportTest {

    private static final course.grader.catalog.ExerciseDescriptor COUNTER =
            course.grader.catalog.ExerciseCatalog.load().select("counter").get(0);
    private static final int COUNTER_MAX = COUNTER.maxScore();
    private static final int COUNTER_CHECKS = COUNTER.checks().size();

    private static Path template;

    @BeforeAll
    static void export(@TempDir Path temp) throws Exception {
        template = temp.resolve("template");
        new TemplateExporter(SourceTree.KIT_ROOT).exportTo(template);
    }

    @Test
    void leavesOutTheSolutionsTheGradersTestsAndTheKitsCi(@TempDir Path temp) throws Exception {
        Path template = temp.resolve("fresh");
        new TemplateExporter(SourceTree.KIT_ROOT).exportTo(template);
        assertFalse(Files.exists(template.resolve("solutions")));
        assertFalse(Files.exists(template.resolve("grader/src/test")));
        assertFalse(Files.exists(template.resolve(".ci")));
        assertFalse(Files.exists(template.resolve(".github/workflows/ci.yml")));
        assertTrue(Files.exists(template.resolve(".github/workflows/classroom.yml")));
        String pom = Files.readString(template.resolve("pom.xml"));
        assertFalse(pom.contains("<module>solutions</module>"));
        assertFalse(pom.contains("<id>solutions</id>") || pom.contains("<id>selftest</id>"));
        try (var files = Files.walk(template)) {
            assertTrue(files.noneMatch(path -> path.getFileName().toString().equals("target")));
        }
    }

    @Test
    void studentsMvnVerifyGradesTheSkeletonAndWritesEveryReport() throws Exception {
        Path wrapper = template.resolve("mvnw");
        assertTrue(Files.isExecutable(wrapper), "the template's Maven wrapper is executable");
        int exit = run(template, wrapper.toString(), "-B", "-q", "verify", "-Dexercise=counter");

        assertEquals(1, exit, "the build fails while checks fail");
        Path reports = template.resolve("grader/target/grade");
        JsonNode grade = new ObjectMapper().readTree(reports.resolve("grade.json").toFile());
        assertEquals(0, grade.get("score").asInt());
        assertEquals(COUNTER_MAX, grade.get("maxScore").asInt());
        for (String report : List.of("grade.md", "classroom-result.json", "classroom-result.b64", "results.json")) {
            assertTrue(Files.size(reports.resolve(report)) > 0, report);
        }

        Path classroom = template.resolveSibling("classroom-grade");
        int graded = run(template, javaExecutable(), "-jar", "grader/target/grader.jar", "grade", ".",
                "--out=" + classroom, "--exercise=counter", "--quiet");
        assertEquals(1, graded);
        JsonNode result = new ObjectMapper().readTree(classroom.resolve("classroom-result.json").toFile());
        assertEquals(COUNTER_MAX, result.get("max_score").asInt());
        assertEquals(COUNTER_CHECKS, result.get("tests").size());
    }

    private static int run(Path directory, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return process.exitValue();
    }


    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
