package course.grader.harness;

import course.grader.api.NotDecidableHere;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.TestExecutor;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.SerializedBufferCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.os.Scheduler;
import org.openjdk.jcstress.os.SchedulingClass;
import org.openjdk.jcstress.os.topology.Topology;
import org.openjdk.jcstress.vm.CompileMode;

/**
 * Runs one jcstress test under a short budget and returns what it observed. jcstress forks a JVM
 * with this JVM's class path, so the test exercises the graded classes.
 *
 * <p>A round (one fork, one iteration of a second, no stress multiplier, the serial collector)
 * takes a few seconds. On an idle machine one round sees an unguarded deposit lost hundreds of
 * thousands of times; on a loaded one the actors may seldom run at the same moment, and a round can
 * end without a single run that could have shown the bug. So a test names its <em>witnesses</em>,
 * the outcomes of runs in which the race could have happened, and rounds go on until a forbidden
 * outcome appears, enough witnesses are seen, or the rounds run out.
 *
 * <p>jcstress's own entry point first probes the VM by starting some twenty JVMs, one per flag it
 * might use, which costs 5 to 15 seconds before the test even starts. The grader knows its VM
 * options, so it pins them and hands the one test configuration straight to jcstress's executor
 * (jcstress 0.16's API; a new jcstress version must be checked against this class). The options
 * are what probing settles on here: padding for {@code @Contended} result fields, the serial
 * collector, a small heap.
 */
public final class Jcstress {

    private static final String FORK_JVM_OPTIONS = "-XX:+UseSerialGC -Xms64m -Xmx256m -XX:-RestrictContended";
    private static final int MAX_ROUNDS = 3;

    private Jcstress() {
    }

    /**
     * Runs {@code test} until it observes a forbidden outcome or {@code enough} runs whose outcome
     * matches {@code witness}, in at most three rounds.
     *
     * @param witness which outcomes come from runs that could have revealed the bug
     * @param enough  how many such runs make a clean result convincing
     * @throws NotDecidableHere if the machine has fewer CPUs than the test has actors
     */
    public static JcstressResult run(Class<?> test, Predicate<JcstressOutcome> witness, long enough) throws Exception {
        Plan plan = quietly(() -> Plan.of(test));
        JcstressResult result = quietly(plan::runRound);
        for (int round = 2; round <= MAX_ROUNDS && result.ranNormally() && result.forbiddenCount() == 0
                && result.count(witness) < enough; round++) {
            result = result.plus(quietly(plan::runRound));
        }
        return result;
    }

    /**
     * Runs {@code work} with {@code System.out} discarded: jcstress reports its progress there, and
     * during a check that stream is what the student's code printed.
     */
    private static <T> T quietly(Callable<T> work) throws Exception {
        PrintStream studentOutput = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.call();
        } finally {
            System.setOut(studentOutput);
        }
    }

    /** A round of one test: one fork, one iteration of a second, its actors on any of the CPUs. */
    private record Plan(Options options, TestInfo test, Topology topology, SchedulingClass placement) {

        static Plan of(Class<?> test) throws Exception {
            Options options = new Options(new String[] {
                    "-t", Pattern.quote(test.getName()) + "$",
                    "-jvmArgs", FORK_JVM_OPTIONS,
                    "-sc", "false",
                    "-f", "1",
                    "-iters", "1",
                    "-time", "1000",
                    "-af", "NONE",
                    "-pth", "false"
            });
            options.parse();
            TestInfo info = TestList.getInfo(test.getName());
            if (info == null) {
                throw new IllegalStateException(test.getName() + " is not in jcstress's test list (META-INF/TestList)");
            }
            Topology topology = Topology.get();
            List<SchedulingClass> placements = new Scheduler(topology, options.getCPUCount())
                    .scheduleClasses(info.threads(), options.getCPUCount(), options.affinityMode());
            if (placements.isEmpty()) {
                throw new NotDecidableHere("jcstress runs this test's " + info.threads() + " threads on CPUs of their"
                        + " own, and this machine has " + options.getCPUCount());
            }
            return new Plan(options, info, topology, placements.getFirst());
        }

        JcstressResult runRound() throws Exception {
            TestConfig config = new TestConfig(options, test, 0, options.getJvmArgs(), CompileMode.UNIFIED, placement);
            InProcessCollector collected = new InProcessCollector();
            SerializedBufferCollector sink = new SerializedBufferCollector(collected);
            try {
                new TestExecutor(options.verbosity(), sink, new Scheduler(topology, options.getCPUCount()))
                        .runAll(List.of(config));
            } finally {
                sink.close();
            }
            if (collected.getTestResults().isEmpty()) {
                throw new IllegalStateException("jcstress reported nothing for " + test.name());
            }
            return toResult(collected.getTestResults().iterator().next());
        }
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
