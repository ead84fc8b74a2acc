package course.grader.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import course.grader.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's GitHub workflows are valid YAML whose every step runs a command or uses an action:
 * a workflow broken here breaks every push of every student repository made from the template.
 */
class WorkflowsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyWorkflowParsesAndEveryStepRunsOrUses() throws Exception {
        List<Path> workflows;
        try (Stream<Path> files = Files.list(SourceTree.KIT_ROOT.resolve(".github/workflows"))) {
            workflows = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
        }
        assertFalse(workflows.isEmpty());
        for (Path workflow : workflows) {
            JsonNode jobs = YAML.readTree(workflow.toFile()).path("jobs");
            assertFalse(jobs.isEmpty(), workflow + " has no jobs");
            for (JsonNode job : jobs) {
                for (JsonNode step : job.path("steps")) {
                    assertTrue(step.path("run").isTextual() || step.path("uses").isTextual(),
                            workflow.getFileName() + ": a step that neither runs nor uses: " + step);
                }
            }
        }
    }
}
