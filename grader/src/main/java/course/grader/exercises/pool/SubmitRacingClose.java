package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Jitter;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round after round, three threads submit to a fresh pool of 1 as fast as they can while a fourth
 * closes it after a random number of submissions; then join(). Each submit either is accepted — and
 * then its task has run when join() returns — or is refused, and then its task never runs. A submit
 * that looks at the closed flag, then queues outside the lock close() takes, accepts tasks behind
 * the workers' last one.
 */
@CheckInfo(id = "submit-racing-close-loses-nothing", kind = CheckKind.STRESS, points = 3,
        title = "Threads submitting while another closes: every accepted task runs, no refused one does")
public final class SubmitRacingClose implements CheckBody {

    private static final int SUBMITTERS = 3;
    private static final int ROUNDS = 300;
    private static final long BUDGET_NANOS = 1_500_000_000L;
    /** Each submitter gives up after this many accepted tasks: a pool that never refuses ends the round too. */
    private static final int MOST_PER_SUBMITTER = 500;

    @Override
    public void run(CheckContext context) throws Exception {
        long start = System.nanoTime();
        int round = 0;
        while (round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS) {
            round(round++);
        }
        context.measure("rounds of submit racing close()", round, "");
    }

    private static void round(int round) throws Exception {
        WorkerPool pool = new WorkerPool(1);
        TaskLog log = new TaskLog(pool);
        Queue<TaskLog.Task<Integer>> accepted = new ConcurrentLinkedQueue<>();
        Queue<TaskLog.Probe> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger submitted = new AtomicInteger();
        AtomicBoolean closing = new AtomicBoolean();
        Set<TaskLog.Task<Integer>> beforeClose = ConcurrentHashMap.newKeySet();
        int closeAfter = ThreadLocalRandom.current().nextInt(5, 60);
        ThreadGang racers = ThreadGang.start("racer", SUBMITTERS + 1, racer -> {
            if (racer == SUBMITTERS) {
                while (submitted.get() < closeAfter) {
                    Thread.onSpinWait();
                }
                closing.set(true);
                pool.close();
                return;
            }
            for (int task = 0; task < MOST_PER_SUBMITTER; task++) {
                TaskLog.Probe probe = new TaskLog.Probe();
                try {
                    TaskLog.Task<Integer> accepting = log.submit("task " + task + " of submitter " + racer, probe, () -> 0);
                    accepted.add(accepting);
                    if (!closing.get()) {
                        beforeClose.add(accepting);
                    }
                    submitted.incrementAndGet();
                } catch (RejectedExecutionException refusal) {
                    refused.add(probe);
                    submitted.incrementAndGet();
                    return;
                }
                Jitter.pause();
            }
        });
        try {
            log.await(racers);
            log.call("joiner", index -> pool.join());
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("submit, close() and then join() to return, in round " + round)
                    .observed(stuck.getMessage())
                    .cause("a submit or close() racing the others waits for something that never comes")
                    .revisit("submit and close() each take the lock, change the state, and return"), true);
        }
        List<TaskLog.Task<Integer>> lost = accepted.stream().filter(task -> !task.future.isDone()).toList();
        if (!lost.isEmpty() && runsLater(log, lost)) {
            throw new CheckFailure(Feedback.expected("every task that submit accepted to have run when join() returns")
                    .observed(lost.size() + " of the " + accepted.size() + " accepted tasks ran only after join() had"
                            + " returned (round " + round + ")")
                    .cause("join() returns before the queued work is finished")
                    .revisit("join() waits for the worker threads to end, after they have emptied the queue"));
        }
        if (lost.stream().anyMatch(beforeClose::contains)) {
            throw new CheckFailure(Feedback.expected("every task accepted before close() to run")
                    .observed(lost.size() + " of the " + accepted.size() + " accepted tasks never ran, some of them"
                            + " accepted before close() was called (round " + round + ")")
                    .cause("close() dropped the tasks still queued: it clears the queue, or stops (interrupts) the"
                            + " workers before they have emptied it")
                    .revisit("close() only refuses new work; the workers stop after the last queued task"));
        }
        if (!lost.isEmpty()) {
            throw new CheckFailure(Feedback.expected("every task that submit accepted to have run when join() returns")
                    .observed(lost.size() + " of the " + accepted.size() + " accepted tasks had not run (round " + round
                            + ", close() after " + closeAfter + " submissions): " + lost.get(0).name
                            + " never ran")
                    .cause("check-then-act: submit saw the pool open, then close() ran, then submit queued the task"
                            + " after the workers' last one — it was accepted, and will never run")
                    .revisit("submit checks the closed flag and queues the task under the one lock close() takes to"
                            + " set it, so that close() comes wholly before or wholly after each submit"));
        }
        if (refused.stream().anyMatch(TaskLog.Probe::started)) {
            throw new CheckFailure(Feedback.expected("a task whose submit threw RejectedExecutionException never to run")
                    .observed("a refused task ran (round " + round + ")")
                    .cause("submit queues the task first and looks at the closed flag after: the caller is told no,"
                            + " and the task runs anyway")
                    .revisit("decide, then act: refuse before queueing, under the lock close() takes"));
        }
    }

    /** Whether the tasks join() left undone run after all, as long as the pool moves. */
    private static boolean runsLater(TaskLog log, List<TaskLog.Task<Integer>> undone) throws Exception {
        try {
            for (TaskLog.Task<Integer> task : undone) {
                log.result(task);
            }
            return true;
        } catch (CheckFailure stillNotDone) {
            return false;
        }
    }
}
