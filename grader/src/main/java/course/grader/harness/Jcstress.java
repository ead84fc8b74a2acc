package course.grader.harness;

import course.grader.api.CheckContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;

/**
 * Runs one jcstress test under a short budget and returns what it observed. jcstress forks a JVM
 * with this JVM's class path, so the test exercises the graded classes.
 *
 * <p>A round (one fork, one iteration of a second, no stress multiplier, the serial collector)
 * takes a few seconds. On an idle machine one round sees an unguarded deposit lost hundreds of
 * thousands of times; on a loaded one the actors may seldom run at the same moment, and a round can
 * end without a single run that could have shown the bug. So a test names its <em>witnesses</em>,
 * the outcomes of runs in which the race could have happened, and rounds go on until a forbidden
 * outcome appears, enough witnesses are seen, or the rounds run out. The JVM options are pinned
 * because one of jcstress's default configurations names a flag that newer JDKs removed.
 */
public final class Jcstress {

    private static final String WORKER_JVM_OPTIONS = "-XX:+UseSerialGC -Xmx256m";
    private static final int MAX_ROUNDS = 3;

    private Jcstress() {
    }

    /**
     * Runs {@code test} until it observes a forbidden outcome or {@code enough} runs whose outcome
     * matches {@code witness}, in at most three rounds.
     *
     * @param witness which outcomes come from runs that could have revealed the bug
     * @param enough  how many such runs make a clean result convincing
     */
    public static JcstressResult run(CheckContext context, Class<?> test, Predicate<JcstressOutcome> witness,
                                     long enough) throws Exception {
        JcstressResult result = runOnce(context, test);
        for (int round = 2; round <= MAX_ROUNDS && result.ranNormally() && result.forbiddenCount() == 0
                && result.count(witness) < enough; round++) {
            result = result.plus(runOnce(context, test));
        }
        return result;
    }

    private static JcstressResult runOnce(CheckContext context, Class<?> test) throws Exception {
        Path results = Files.createDirectories(context.workDirectory().resolve("jcstress"));
        String[] args = {
                "-t", Pattern.quote(test.getName()) + "$",
                "-r", results.toString(),
                "-jvmArgs", WORKER_JVM_OPTIONS,
                "-sc", "false",
                "-f", "1",
                "-iters", "1",
                "-time", "1000",
                "-af", "NONE",
                "-pth", "false",
                "-hs", "64",
                "-v"
        };
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        Options options = new Options(args);
        try {
            options.parse();
            new JCStress(options).run();
        } catch (AssertionError testFailed) {
            // jcstress reports a forbidden outcome or a test error this way; the results say which.
        } finally {
            System.setOut(previous);
        }
        // jcstress writes its binary results to a file named by the options, in the working directory.
        Path blob = Path.of(options.getResultFile()).toAbsolutePath();
        Collection<TestResult> collected = Files.exists(blob) ? readResults(blob) : List.of();
        Files.deleteIfExists(blob);
        if (collected.isEmpty()) {
            throw new IllegalStateException("jcstress ran no test for " + test.getName()
                    + " (too few CPUs for its actors?); its output was:\n" + console.toString(StandardCharsets.UTF_8));
        }
        return toResult(collected.iterator().next());
    }

    private static Collection<TestResult> readResults(Path blob) throws IOException, ClassNotFoundException {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        try {
            reader.dump();
        } finally {
            reader.close();
        }
        return collector.getTestResults();
    }

    private static JcstressResult toResult(TestResult result) {
        TestGrading grading = result.grading();
        List<JcstressOutcome> outcomes = new ArrayList<>();
        for (GradingResult outcome : grading.gradingResults.values()) {
            outcomes.add(new JcstressOutcome(outcome.id, outcome.count, outcome.expect.name(), outcome.description));
        }
        return new JcstressResult(result.status().name(), List.copyOf(outcomes), List.copyOf(result.getMessages()));
    }
}
