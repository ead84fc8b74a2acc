package course.grader.harness;

import course.grader.api.CheckContext;
import course.grader.api.BoundedText;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.jvm.agent.LincheckInstrumentation;

/**
 * Model-checks a shared object: a few calls from two or three threads, under every schedule the model
 * checker (Lincheck) reaches within a budget, each outcome compared with the sequential
 * specification the lesson states. A schedule that gives results no one-at-a-time order of the
 * same calls gives, or in which every thread waits for good, comes back as an
 * {@link InterleavingTrace}: the steps, one per line, in the student's source lines.
 *
 * <p>{@code operations} is a grader class with a public no-argument constructor that makes a fresh
 * student object, and one public method annotated
 * {@code @org.jetbrains.lincheck.datastructures.Operation} per call the scenarios make, delegating
 * to the student's object. {@code specification} has the same methods, written sequentially from
 * the lesson's contract: a call that must be refused throws the same exception there.
 *
 * <p>The scenarios are explicit (no random generation), and the model checker's own choices are
 * seeded with constants: the same submission gets the same verdict and the same trace every run.
 */
public final class Interleavings {

    /**
     * Schedules tried per scenario unless it asks for more. A scenario of two threads with two calls
     * each has few points where the model checker switches threads: at 50, every shipped mutant of
     * counter whose bug is a race or a lock not released still fails every-schedule, with its trace.
     */
    static final int DEFAULT_SCHEDULES = 50;
    /**
     * How long one schedule may take before the model checker reports its threads stuck. A schedule
     * of a few calls takes milliseconds, the first (which instruments the classes) under a second on a
     * loaded machine; a thread that waits for something outside the model checker's control (a static
     * lock an earlier schedule left taken) waits out this bound, which is 10 s by default, in each
     * scenario: a static lock cost counter's check 31 s, now 5 to 7.
     */
    private static final Duration STUCK_INVOCATION = Duration.ofSeconds(5);
    /** How much of the model checker's reason for giving up the feedback quotes: its first line, which names it. */
    private static final int GAVE_UP_LINE = 300;

    private final Class<?> operations;
    private final Class<?> specification;
    private final List<Scenario> scenarios = new ArrayList<>();

    private Interleavings(Class<?> operations, Class<?> specification) {
        this.operations = operations;
        this.specification = specification;
    }

    /** Explores schedules of {@code operations} against {@code specification}. */
    public static Interleavings of(Class<?> operations, Class<?> specification) {
        return new Interleavings(operations, specification);
    }

    /** One call: the name of an operation method and its arguments. */
    public record Call(String operation, List<Object> arguments) {
        @Override
        public String toString() {
            return operation + "(" + String.join(", ", arguments.stream().map(String::valueOf).toList()) + ")";
        }
    }

    public static Call call(String operation, Object... arguments) {
        return new Call(operation, List.of(arguments));
    }

    /**
     * Calls made before the threads start, by each thread at once (one list per thread), and after
     * all ended; what it means when a schedule of these calls breaks the specification, if the
     * check knows better than its general cause; and how many schedules to try.
     */
    public record Scenario(List<Call> before, List<List<Call>> threads, List<Call> after, Optional<String> cause,
                           Optional<String> stuckCause, int schedules) {
        public Scenario {
            threads = List.copyOf(threads);
        }

        Scenario because(String cause) {
            return new Scenario(before, threads, after, Optional.of(cause), stuckCause, schedules);
        }

        Scenario whenStuck(String stuckCause) {
            return new Scenario(before, threads, after, cause, Optional.of(stuckCause), schedules);
        }

        Scenario withSchedules(int schedules) {
            return new Scenario(before, threads, after, cause, stuckCause, schedules);
        }
    }

    /** A scenario of two threads. */
    public Interleavings scenario(List<Call> before, List<Call> first, List<Call> second, List<Call> after) {
        return scenario(before, List.of(first, second), after);
    }

    /** A scenario of as many threads as {@code threads} has lists (three at most keeps the budget). */
    public Interleavings scenario(List<Call> before, List<List<Call>> threads, List<Call> after) {
        scenarios.add(new Scenario(before, threads, after, Optional.empty(), Optional.empty(), DEFAULT_SCHEDULES));
        return this;
    }

    /** What it means when the scenario added last breaks: the likely cause its trace reports. */
    public Interleavings because(String cause) {
        scenarios.add(scenarios.removeLast().because(cause));
        return this;
    }

    /**
     * What it means when the scenario added last ends with every thread waiting for good, where that
     * differs from what wrong results mean ({@link #because}, which otherwise stands for both).
     */
    public Interleavings whenStuck(String cause) {
        scenarios.add(scenarios.removeLast().whenStuck(cause));
        return this;
    }

    /**
     * How many schedules to try for the scenario added last, instead of {@link #DEFAULT_SCHEDULES}:
     * for a bug that takes several thread switches at the right points, which three threads have
     * many more places for.
     */
    public Interleavings schedules(int schedules) {
        scenarios.add(scenarios.removeLast().withSchedules(schedules));
        return this;
    }

    /**
     * Explores every scenario; the first schedule that breaks the specification, if any. Where the
     * model checker cannot run in this JVM (started without {@link InterleavingAgent}, or a JDK it
     * does not support), nothing is explored, the check's report says so through a measurement,
     * and the student loses nothing: the other checks of the exercise grade as usual. Once it runs,
     * the model checker replays every schedule it reports; when the student's code does not do the
     * same thing again, it gives up, and that fails the check: code whose behaviour depends on
     * something besides the order of the calls cannot be judged, and could pass only by luck.
     */
    public Optional<InterleavingTrace> explore(CheckContext context) throws CheckFailure {
        Optional<String> unavailable = attach();
        if (unavailable.isPresent()) {
            context.measure("interleavings not explored: " + unavailable.get(), 0, "scenarios");
            return Optional.empty();
        }
        LincheckFailure failure = null;
        Map<ExecutionScenario, Scenario> given = new IdentityHashMap<>();
        try {
            for (List<Scenario> budget : byBudget()) {
                failure = explore(budget, given);
                if (failure != null) {
                    break;
                }
            }
        } catch (LinkageError modelCheckerBroke) {
            context.measure("interleavings not explored: the model checker failed to start ("
                    + modelCheckerBroke.getClass().getSimpleName() + ")", 0, "scenarios");
            return Optional.empty();
        } catch (IllegalStateException gaveUp) {
            throw notReproducible(gaveUp);
        }
        context.measure("interleaving scenarios explored", scenarios.size(), "scenarios");
        return Optional.ofNullable(failure).map(broken -> {
            Optional<Scenario> scenario = Optional.ofNullable(given.get(broken.getScenario()));
            return InterleavingTrace.of(broken, scenario.flatMap(Scenario::cause),
                    scenario.flatMap(Scenario::stuckCause));
        });
    }

    /**
     * The failure of a check whose student code the model checker could not replay. The model checker
     * gives up with an {@code IllegalStateException} (its own {@code check} and {@code error}); its
     * message is the model checker's, not the student's.
     */
    private static CheckFailure notReproducible(IllegalStateException gaveUp) {
        return new CheckFailure(Feedback.expected("the same calls, in the same schedule, to do the same thing each time"
                        + " the model checker runs them on a new object")
                .observed("the model checker ran a schedule again and your code behaved differently, so it gave up: "
                        + BoundedText.cap(String.valueOf(gaveUp.getMessage()).lines().findFirst().orElse("").strip(),
                                GAVE_UP_LINE))
                .cause("what your code does depends on something besides the calls and their order: state kept in a"
                        + " static field that every object shares, the clock, randomness, or the order of a HashSet or"
                        + " HashMap of objects without a hashCode of their own (threads, locks)")
                .revisit("keep an object's state in the object; iterate in a fixed order (a list), never in hash order"));
    }

    /** The scenarios in the order they were added, in runs of the same budget: one model-checker run each. */
    private List<List<Scenario>> byBudget() {
        List<List<Scenario>> runs = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (runs.isEmpty() || runs.getLast().getFirst().schedules() != scenario.schedules()) {
                runs.add(new ArrayList<>());
            }
            runs.getLast().add(scenario);
        }
        return runs;
    }

    /**
     * The first schedule of {@code run} (scenarios of one budget) that breaks the specification, or
     * null; {@code given} learns which of our scenarios each of the model checker's stands for (it
     * hands back, in a failure, the very scenario it was given).
     */
    private LincheckFailure explore(List<Scenario> run, Map<ExecutionScenario, Scenario> given) {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(run.getFirst().schedules())
                .sequentialSpecification(specification)
                .invocationTimeout$lincheck(STUCK_INVOCATION.toMillis());
        for (Scenario scenario : run) {
            ExecutionScenario explored = toLincheck(scenario);
            given.put(explored, scenario);
            options.addCustomScenario(explored);
        }
        return new LinChecker(operations, options).checkImpl$lincheck(null);
    }

    /**
     * Explores every scenario as {@link #explore} does, and fails the check with the first schedule
     * that breaks the specification.
     *
     * @param generalCause the likely cause, for a broken scenario that was given none of its own
     * @param revisit      the concept the student should revisit
     */
    public void require(CheckContext context, String generalCause, String revisit) throws CheckFailure {
        require(context, trace -> generalCause, revisit);
    }

    /** As {@link #require(CheckContext, String, String)}, the general cause read from the schedule found. */
    public void require(CheckContext context, Function<InterleavingTrace, String> generalCause, String revisit)
            throws CheckFailure {
        Optional<InterleavingTrace> broken = explore(context);
        if (broken.isPresent()) {
            throw broken.get().failure(generalCause.apply(broken.get()), revisit);
        }
    }

    /** Hands the agent's instrumentation to the model checker, once per JVM; why it cannot run, if so. */
    private static synchronized Optional<String> attach() {
        Instrumentation instrumentation = InterleavingAgent.instrumentation();
        if (instrumentation == null) {
            return Optional.of("this checking JVM was started without the model checker's agent");
        }
        try {
            if (LincheckInstrumentation.INSTANCE.getJavaAgentAttachType() == null) {
                LincheckInstrumentation.INSTANCE.attachJavaAgentDynamically(instrumentation);
            }
            return Optional.empty();
        } catch (LinkageError | RuntimeException cannotRun) {
            return Optional.of("the model checker cannot run on this JVM (" + cannotRun + ")");
        }
    }

    private ExecutionScenario toLincheck(Scenario scenario) {
        return new ExecutionScenario(actors(scenario.before()),
                scenario.threads().stream().map(this::actors).toList(), actors(scenario.after()), null);
    }

    private List<Actor> actors(List<Call> calls) {
        return calls.stream().map(this::actor).toList();
    }

    private Actor actor(Call call) {
        Method method = Arrays.stream(operations.getMethods())
                .filter(candidate -> candidate.getName().equals(call.operation())
                        && candidate.getParameterCount() == call.arguments().size())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(operations.getName() + " has no operation " + call));
        return new Actor(method, call.arguments(), false, false, false, false, false);
    }
}
