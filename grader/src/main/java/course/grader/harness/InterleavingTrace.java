package course.grader.harness;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionResult;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.execution.ResultWithClock;
import org.jetbrains.kotlinx.lincheck.strategy.IncorrectResultsFailure;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.kotlinx.lincheck.trace.CodeLocationTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MethodCallTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MethodReturnTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MonitorEnterTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.MonitorExitTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.NotifyTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.ParkTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.ReadTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.TracePoint;
import org.jetbrains.kotlinx.lincheck.trace.UnparkTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.WaitTracePoint;
import org.jetbrains.kotlinx.lincheck.trace.WriteTracePoint;

/**
 * A schedule the model checker found that breaks the specification, rewritten for a student:
 * numbered steps, one per line, each naming the thread, the student's file and line, and what the
 * thread did there (read or wrote a field, locked, waited, was woken, called into the JDK). Steps
 * inside the JDK or the grader are left out: a call such as {@code lock.lock()} is one step, and
 * the step at which it returns is shown only when other threads ran while it waited. The list ends
 * with the results the calls returned, or, for a schedule in which every thread waits for good,
 * the step after which they all wait.
 */
public final class InterleavingTrace {

    /** Steps shown at most; past it the middle of the schedule is left out, its start and end kept. */
    static final int MAX_STEPS = 40;
    private static final int STEPS_KEPT_AT_START = 12;
    private static final String BEFORE = "main";
    /**
     * Why every thread can wait before it takes one step: what they wait for was taken before the
     * calls began, and the model checker runs the calls again and again on fresh objects, so it was
     * taken by an earlier run and is shared between the objects.
     */
    private static final String HELD_BEFORE_THE_START = "every thread waited before its first step, for a lock or"
            + " monitor that was already taken when the calls began: the calls run again and again on fresh objects,"
            + " so what they wait for is shared between objects (a static lock or field) and an earlier run left it"
            + " taken. Each object needs a lock of its own";
    private static final String AFTER = "main";

    private final List<String> steps;
    private final String calls;
    private final String results;
    private final boolean blocked;
    private final String waiting;
    private final Optional<String> cause;

    private InterleavingTrace(List<String> steps, String calls, String results, boolean blocked, String waiting,
                              Optional<String> cause) {
        this.steps = steps;
        this.calls = calls;
        this.results = results;
        this.blocked = blocked;
        this.waiting = waiting;
        this.cause = cause;
    }

    /**
     * The trace of {@code failure}, whose cause is the scenario's: {@code stuckCause} when every
     * thread ended up waiting and the scenario gave one, else {@code cause}, else the check's general one.
     */
    static InterleavingTrace of(LincheckFailure failure, Optional<String> cause, Optional<String> stuckCause) {
        Renderer renderer = new Renderer(failure.getScenario());
        if (failure.getTrace() != null) {
            failure.getTrace().getTrace().forEach(renderer::add);
        }
        boolean blocked = !(failure instanceof IncorrectResultsFailure);
        return new InterleavingTrace(renderer.steps, calls(failure.getScenario()),
                results(failure.getScenario(), failure.getResults()), blocked, renderer.waiting(),
                blocked && stuckCause.isPresent() ? stuckCause : cause);
    }

    /**
     * The failure a student reads: the calls that had to behave as one at a time, this schedule, the
     * cause the check gave the scenario (or {@code generalCause}), and the concept to revisit.
     */
    public CheckFailure failure(String generalCause, String revisit) {
        return new CheckFailure(Feedback.expected("the calls " + calls + " to end under every schedule,"
                        + " with results that some order of the same calls made one at a time gives")
                .observed(render())
                .cause(blocked && steps.isEmpty() ? HELD_BEFORE_THE_START : cause.orElse(generalCause))
                .revisit(revisit));
    }

    /** Whether the schedule ends with every thread waiting for good, rather than with wrong results. */
    public boolean blocked() {
        return blocked;
    }

    /** {@code "Thread 1: deposit(1), withdraw(1); Thread 2: deposit(1); then balance()"}. */
    public String calls() {
        return calls;
    }

    /**
     * The whole report: the calls, the numbered steps, then the results no one-at-a-time order of
     * the same calls gives, or the step after which every thread waits.
     */
    public String render() {
        StringBuilder text = new StringBuilder("the calls ").append(calls).append(", in this schedule:\n");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            shown.add(String.format("%3d. %s", i + 1, steps.get(i)));
        }
        if (shown.size() > MAX_STEPS) {
            int keptAtEnd = MAX_STEPS - STEPS_KEPT_AT_START;
            List<String> capped = new ArrayList<>(shown.subList(0, STEPS_KEPT_AT_START));
            capped.add("     ... " + (shown.size() - MAX_STEPS) + " steps left out ...");
            capped.addAll(shown.subList(shown.size() - keptAtEnd, shown.size()));
            shown = capped;
        }
        shown.forEach(line -> text.append(line).append('\n'));
        if (blocked && steps.isEmpty()) {
            text.append("Every thread waited before its first step").append(waiting.isBlank() ? "." : ": " + waiting);
        } else if (blocked) {
            text.append("After step ").append(steps.size()).append(" every thread waits, and none can wake another: ")
                    .append(waiting);
        } else {
            text.append("Results: ").append(results)
                    .append(". No order of the same calls made one at a time gives these results.");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private static String calls(ExecutionScenario scenario) {
        List<String> parts = new ArrayList<>();
        if (!scenario.getInitExecution().isEmpty()) {
            parts.add("first " + actors(scenario.getInitExecution()));
        }
        List<List<Actor>> parallel = scenario.getParallelExecution();
        for (int thread = 0; thread < parallel.size(); thread++) {
            parts.add("Thread " + (thread + 1) + ": " + actors(parallel.get(thread)));
        }
        if (!scenario.getPostExecution().isEmpty()) {
            parts.add("then " + actors(scenario.getPostExecution()));
        }
        return String.join("; ", parts);
    }

    private static String actors(List<Actor> actors) {
        return actors.stream().map(Actor::toString).collect(Collectors.joining(", "));
    }

    private static String results(ExecutionScenario scenario, ExecutionResult results) {
        List<String> parts = new ArrayList<>();
        List<List<ResultWithClock>> parallel = results.getParallelResultsWithClock();
        for (int thread = 0; thread < parallel.size(); thread++) {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < parallel.get(thread).size(); i++) {
                each.add(scenario.getParallelExecution().get(thread).get(i) + " " + result(parallel.get(thread).get(i).getResult()));
            }
            parts.add("Thread " + (thread + 1) + ": " + String.join(", ", each));
        }
        List<String> after = new ArrayList<>();
        for (int i = 0; i < results.getPostResults().size(); i++) {
            after.add(scenario.getPostExecution().get(i) + " " + result(results.getPostResults().get(i)));
        }
        if (!after.isEmpty()) {
            parts.add("then " + String.join(", ", after));
        }
        return String.join("; ", parts);
    }

    private static String result(Object result) {
        String text = String.valueOf(result);
        return switch (text) {
            case "void" -> "returned";
            case "null" -> "never returned";
            default -> text.endsWith("Exception") || text.endsWith("Error") ? "threw " + text : "returned " + text;
        };
    }

    /** Turns the model checker's flat list of events into the student's steps. */
    private static final class Renderer {
        private final ExecutionScenario scenario;
        private final List<String> steps = new ArrayList<>();
        private final Map<Integer, Deque<Frame>> frames = new HashMap<>();
        private final Map<Integer, String> lastStep = new HashMap<>();

        /** A method call being executed: whether its events are shown, and the step that called it. */
        private record Frame(boolean hidesInside, String callStep, int stepsBefore, String name, boolean actor) {
            Frame(boolean hidesInside, String callStep, int stepsBefore, String name) {
                this(hidesInside, callStep, stepsBefore, name, false);
            }
        }

        Renderer(ExecutionScenario scenario) {
            this.scenario = scenario;
        }

        void add(TracePoint point) {
            int thread = point.getIThread();
            Deque<Frame> stack = frames.computeIfAbsent(thread, ignored -> new ArrayDeque<>());
            boolean hidden = stack.stream().anyMatch(Frame::hidesInside);
            if (point instanceof MethodReturnTracePoint) {
                Frame done = stack.poll();
                if (done != null && done.actor()) {
                    step(thread, point, null, "finishes " + done.name());
                } else if (done != null && done.callStep() != null && steps.size() > done.stepsBefore() + 1
                        && !steps.get(steps.size() - 1).startsWith(label(thread, point))) {
                    step(thread, point, null, done.name() + " returns");
                }
                return;
            }
            if (point instanceof MethodCallTracePoint call) {
                stack.push(frameOf(thread, call, hidden));
                return;
            }
            if (hidden || !(point instanceof CodeLocationTracePoint located) || !inStudentCode(located)) {
                return;
            }
            String action = action(point);
            if (action != null) {
                step(thread, point, located, action);
            }
        }

        private Frame frameOf(int thread, MethodCallTracePoint call, boolean hidden) {
            if (hidden) {
                return new Frame(true, null, steps.size(), "");
            }
            if (call.isActor()) {
                String name = call.getMethodName() + "(" + String.join(", ",
                        call.getParameters() == null ? List.of() : call.getParameters()) + ")";
                step(thread, call, null, "starts " + name);
                return new Frame(false, null, steps.size(), name, true);
            }
            boolean intoStudentCode = StudentCode.isStudentClass(call.getClassName());
            if (!inStudentCode(call)) {
                // A call the grader's operation makes: into the student's code (shown), or elsewhere (not).
                return new Frame(!intoStudentCode, null, steps.size(), "");
            }
            String name = compact(call);
            int before = steps.size();
            step(thread, call, call, "calls " + name);
            return new Frame(!intoStudentCode, name, before, name);
        }

        private void step(int thread, TracePoint point, CodeLocationTracePoint located, String action) {
            String where = located == null ? "" : location(located.getStackTraceElement()) + "  ";
            String line = label(thread, point) + "  " + where + action;
            steps.add(line);
            lastStep.put(thread, line);
        }

        private String label(int thread, TracePoint point) {
            if (thread == 0 && point.getActorId() < scenario.getInitExecution().size()) {
                return BEFORE;
            }
            if (thread == 0 && point.getActorId() >= scenario.getInitExecution().size()
                    + scenario.getParallelExecution().get(0).size()) {
                return AFTER;
            }
            return "Thread " + (thread + 1);
        }

        /** For a blocked schedule: what each thread that never finished was doing last. */
        String waiting() {
            return frames.entrySet().stream()
                    .filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> lastStep.getOrDefault(entry.getKey(), "Thread " + (entry.getKey() + 1)).trim()
                            .replaceAll("\\s+", " "))
                    .collect(Collectors.joining("; "));
        }

        private static String action(TracePoint point) {
            String compact = compact(point);
            if (point instanceof ReadTracePoint) {
                return "reads " + compact.replace(" ➜ ", ": ");
            }
            if (point instanceof WriteTracePoint) {
                return "writes " + compact;
            }
            if (point instanceof MonitorEnterTracePoint) {
                return "locks the monitor (enters synchronized)";
            }
            if (point instanceof MonitorExitTracePoint) {
                return "unlocks the monitor (leaves synchronized)";
            }
            if (point instanceof WaitTracePoint) {
                return "waits (wait) until another thread notifies";
            }
            if (point instanceof NotifyTracePoint) {
                return "notifies the waiting threads";
            }
            if (point instanceof ParkTracePoint) {
                return "parks: waits until another thread wakes it";
            }
            if (point instanceof UnparkTracePoint) {
                return "wakes a parked thread";
            }
            return null;
        }

        private static boolean inStudentCode(CodeLocationTracePoint point) {
            StackTraceElement frame = point.getStackTraceElement();
            return frame != null && StudentCode.isStudentClass(frame.getClassName().replace('/', '.'));
        }

        private static String location(StackTraceElement frame) {
            return frame.getFileName() + ":" + frame.getLineNumber();
        }

        /** The model checker's own one-line description of an event, without its location. */
        private static String compact(TracePoint point) {
            String text = point.toString();
            int at = text.lastIndexOf(" at ");
            return (at < 0 ? text : text.substring(0, at)).trim();
        }
    }
}
