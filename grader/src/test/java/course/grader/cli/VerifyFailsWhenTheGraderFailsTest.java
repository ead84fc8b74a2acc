package course.grader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import course.grader.testing.SourceTree;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mvn verify} must never pass when the grader itself failed. The grading step accepts the
 * grader's exit codes 0 (every check passed) and 1 (some failed, which the enforcer then turns into a
 * failed build with the score table above it); the grader's own failure, exit code
 * {@value Main#GRADER_FAILED}, must fail the step itself, before any marker file could be missing.
 */
class VerifyFailsWhenTheGraderFailsTest {

    @Test
    void theGradingStepOfMvnVerifyAcceptsOnlyAGrade() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SourceTree.KIT_ROOT.resolve("grader/pom.xml").toFile());
        Element grading = execution(pom, "grade");
        List<String> accepted = texts(grading.getElementsByTagName("successCode"));
        assertEquals(List.of("0", "1"), accepted, "the exit codes mvn verify's grading step accepts");
        assertFalse(accepted.contains(String.valueOf(Main.GRADER_FAILED)));
        assertEquals(List.of("course.grader.cli.Main"),
                texts(grading.getElementsByTagName("argument")).stream().filter(arg -> arg.endsWith(".Main")).toList(),
                "the grading step runs the grader's command line, whose exit codes these are");
    }

    private static Element execution(Document pom, String id) {
        NodeList executions = pom.getElementsByTagName("execution");
        for (int index = 0; index < executions.getLength(); index++) {
            Element execution = (Element) executions.item(index);
            if (texts(execution.getElementsByTagName("id")).contains(id)) {
                return execution;
            }
        }
        throw new AssertionError("no execution '" + id + "' in grader/pom.xml");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            texts.add(nodes.item(index).getTextContent().trim());
        }
        return texts;
    }
}
