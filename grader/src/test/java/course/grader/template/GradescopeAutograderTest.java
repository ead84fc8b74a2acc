package course.grader.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.catalog.ExerciseCatalog;
import course.grader.cli.Main;
import course.grader.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradescope autograder as exported: the zip holds what Gradescope wants at its root, and
 * run_autograder, run as Gradescope runs it, grades files uploaded flat and always leaves a
 * results.json, also when the grader itself fails.
 */
class GradescopeAutograderTest {

    private static final int COUNTER_MAX = ExerciseCatalog.load().select("counter").getFirst().maxScore();

    @Test
    void theZipHoldsTheScriptsAndTheJarAtItsRoot(@TempDir Path work) throws Exception {
        Path jar = Files.writeString(work.resolve("some.jar"), "a jar");
        Path export = work.resolve("autograder");

        GradescopeExporter.exportTo(export, jar);

        try (ZipFile zip = new ZipFile(export.resolve(GradescopeExporter.ZIP).toFile())) {
            assertEquals(List.of("setup.sh", "run_autograder", "grader.jar"),
                    zip.stream().map(entry -> entry.getName()).toList());
        }
        assertTrue(Files.isExecutable(export.resolve("run_autograder")));
        assertTrue(Files.readString(export.resolve("setup.sh")).contains("openjdk-21-jdk-headless"));
    }

    @Test
    void runAutograderGradesFilesUploadedFlat(@TempDir Path work) throws Exception {
        Path root = gradescopeRoot(work);
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve("solutions/src/main/java/course/counter"), root.resolve("submission"));

        assertEquals(0, runAutograder(root, grader()));

        JsonNode results = new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
        assertEquals(COUNTER_MAX, results.get("score").asInt(), results.toString());
        assertEquals("md", results.get("output_format").asText());
    }

    @Test
    void aGraderThatFailsStillLeavesResultsThatSaySo(@TempDir Path work) throws Exception {
        Path root = gradescopeRoot(work);

        assertEquals(0, runAutograder(root, "false"));

        JsonNode results = new ObjectMapper().readTree(root.resolve("results/results.json").toFile());
        assertEquals(0, results.get("score").asInt());
        assertTrue(results.get("output").asText().contains("The grader itself failed"), results.toString());
    }

    /** Gradescope's /autograder: the exported scripts in source/, an upload in submission/. */
    private static Path gradescopeRoot(Path work) throws Exception {
        GradescopeExporter.exportTo(work.resolve("root/source"), Files.writeString(work.resolve("unused.jar"), ""));
        Files.createDirectories(work.resolve("root/submission"));
        return work.resolve("root");
    }

    /** The grader as this test runs it, on its class path: the jar is built after the tests. */
    private static String grader() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
                + " " + Main.class.getName();
    }

    private static int runAutograder(Path root, String grader) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("source/run_autograder").toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(root.resolve("stdout").toFile());
        builder.environment().put("AUTOGRADER_ROOT", root.toString());
        builder.environment().put("GRADER", grader);
        builder.environment().put("EXERCISES", "counter");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("run_autograder did not finish in 3 minutes");
        }
        return process.exitValue();
    }
}
