package course.grader.exercises.pool;

import static course.grader.harness.Interleavings.call;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.InterleavingAgent;
import course.grader.harness.Interleavings;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A model checker runs a submit beside a close() and join() on a fresh pool of one worker, under
 * every schedule it reaches: the submit is either accepted, and then its task has run when join()
 * returns, or refused, and then it never runs. A submit that looks at the closed flag and queues
 * the task in two steps lets close() queue the worker's stop signal in between, and the task it
 * accepts lands behind it: accepted, and never run.
 *
 * <p>The pool's worker is a third thread, started inside the first call, and the model checker
 * schedules it too, so the trace shows the worker taking the stop signal before the task. It
 * cannot follow virtual threads (the JDK's scheduler, not the model checker, runs them: every
 * schedule of such a pool hangs), and the lesson asks for platform workers, so a pool whose
 * workers are virtual fails here. Leaving it undecided would hand the points of this check to
 * every pool that chose virtual workers, racy or not: the stress check alone misses this race.
 */
@CheckInfo(id = "every-schedule", kind = CheckKind.INTERLEAVING, points = 2, requires = "never-more-than-n-at-once",
        title = "under every schedule, a submit racing close() is refused, or accepted and run before join() returns",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EverySchedule implements CheckBody {

    /** How long the look at the pool's worker waits for one task to run before exploring all the same. */
    private static final Duration PROBE = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws CheckFailure, InterruptedException {
        if (workersAreVirtual()) {
            throw new CheckFailure(Feedback.expected("a pool of platform worker threads, whose schedules the model"
                            + " checker can explore")
                    .observed("a task submitted to new WorkerPool(1) ran on a virtual thread")
                    .cause("the workers are virtual threads: they are cheap to start, one per task, and never pooled;"
                            + " the model checker cannot schedule them, so this check cannot show the pool correct")
                    .revisit("a pool's workers are platform threads (new Thread or Thread.ofPlatform()); virtual"
                            + " threads replace a pool rather than fill one"));
        }
        Interleavings.of(PoolOperations.class, PoolSpecification.class)
                .scenario(List.of(call("newPool")), List.of(call("submit")), List.of(call("closeAndJoin")), List.of())
                .because("check-then-act: submit saw the pool open, then close() queued the worker's stop signal,"
                        + " then submit queued its task behind it. The task was accepted, and the worker stopped"
                        + " before it: it never runs")
                .require(context, "in the steps above a submit racing close() was accepted and its task never ran,"
                                + " or it was refused and its task ran all the same",
                        "check-then-act: submit checks the closed flag and queues the task under the one lock close()"
                                + " takes to set it, so that close() comes wholly before or wholly after each submit");
    }

    /**
     * Whether one task on a pool of one runs on a virtual thread. A pool that cannot run it (it
     * throws, or takes longer than {@link #PROBE}) is explored all the same: the model checker's
     * schedule then shows what goes wrong. The probe runs in a thread of its own, so that a
     * constructor, submit or close() that blocks costs the check {@link #PROBE} and no more.
     */
    private static boolean workersAreVirtual() throws InterruptedException, CheckFailure {
        AtomicBoolean virtual = new AtomicBoolean();
        try {
            ThreadGang.start("probe", 1, index -> virtual.set(probeRunsOnAVirtualThread())).join(PROBE);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("new WorkerPool(1), a submit of one task and close() to return")
                    .observed("they had not returned after " + PROBE.toSeconds() + " s: " + stuck.diagnosis())
                    .cause("the constructor, submit or close() waits for something: none of them should block")
                    .revisit("the constructor starts the workers, submit queues, close() flags and signals; only"
                            + " join() waits"), true);
        } catch (WorkerFailedException threw) {
            return false;
        }
        return virtual.get();
    }

    private static boolean probeRunsOnAVirtualThread() throws InterruptedException {
        WorkerPool probe = null;
        try {
            probe = new WorkerPool(1);
            return probe.submit(Neutral.callable(() -> Thread.currentThread().isVirtual()))
                    .get(PROBE.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException cannotTell) {
            return false;
        } finally {
            if (probe != null) {
                closeQuietly(probe);
            }
        }
    }

    /** Lets the probe's worker end; whatever close() does wrong is for the other checks to say. */
    private static void closeQuietly(WorkerPool probe) {
        try {
            probe.close();
        } catch (RuntimeException notForThisCheck) {
            // graded elsewhere
        }
    }
}
