package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round after round, three threads submit to a fresh pool as fast as they can while a fourth
 * closes it after a random number of submissions; then join(). Half the pools have one worker, the
 * others 2 to {@value #MOST_WORKERS}, drawn at random: a pool is right whatever its size. Each
 * submit either is accepted — and then its task has run when join() returns — or is refused, and
 * then its task never runs. A submit that looks at the closed flag, then queues outside the lock
 * close() takes, accepts tasks behind the workers' last one.
 *
 * <p>The window of that race is a few instructions wide, so the submitters' loop is kept as tight
 * as the pool's own submit: each records what it was told in lists of its own, and the task only
 * counts that it ran. Bookkeeping shared between the submitters (a concurrent queue, a counter per
 * task) would make the loop many times slower than the window, and the race all but vanish.
 */
@CheckInfo(id = "submit-racing-close-loses-nothing", kind = CheckKind.STRESS, points = 3, requires = "never-more-than-n-at-once",
        title = "Threads submitting while another closes: every accepted task runs, no refused one does")
public final class SubmitRacingClose implements CheckBody {

    private static final int SUBMITTERS = 3;
    private static final int MOST_WORKERS = 4;
    private static final int ROUNDS = 1_000;
    private static final long BUDGET_NANOS = 3_000_000_000L;
    /** Each submitter gives up after this many accepted tasks: a pool that never refuses ends the round too. */
    private static final int MOST_PER_SUBMITTER = 500;
    /** close() comes after a random number of submissions in this range: early in some rounds, late in others. */
    private static final int FEWEST_BEFORE_CLOSE = 5;
    private static final int MOST_BEFORE_CLOSE = 60;
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        long start = System.nanoTime();
        int round = 0;
        while (round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS) {
            round(round++);
        }
        context.measure("rounds of submit racing close()", round, "");
    }

    /** What one submitter was told: the futures of its accepted tasks, and which of them came before close(). */
    private static final class Submitter {
        final List<Future<Integer>> accepted = new ArrayList<>(MOST_PER_SUBMITTER);
        int acceptedBeforeClose;
    }

    private static void round(int round) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        WorkerPool pool = new WorkerPool(random.nextBoolean() ? 1 : random.nextInt(2, MOST_WORKERS + 1));
        AtomicInteger ran = new AtomicInteger();
        Callable<Integer> task = Neutral.callable(ran::incrementAndGet);
        AtomicInteger submitted = new AtomicInteger();
        AtomicBoolean closing = new AtomicBoolean();
        List<Submitter> submitters = new ArrayList<>();
        for (int index = 0; index < SUBMITTERS; index++) {
            submitters.add(new Submitter());
        }
        int closeAfter = random.nextInt(FEWEST_BEFORE_CLOSE, MOST_BEFORE_CLOSE);
        try {
            ThreadGang.start("racer", SUBMITTERS + 1, racer -> {
                if (racer == SUBMITTERS) {
                    while (submitted.get() < closeAfter) {
                        Thread.onSpinWait();
                    }
                    closing.set(true);
                    pool.close();
                    return;
                }
                Submitter mine = submitters.get(racer);
                for (int count = 0; count < MOST_PER_SUBMITTER; count++) {
                    try {
                        mine.accepted.add(pool.submit(task));
                    } catch (RejectedExecutionException refusal) {
                        return;
                    }
                    if (!closing.get()) {
                        mine.acceptedBeforeClose = mine.accepted.size();
                    }
                    submitted.incrementAndGet();
                }
            }).join(BOUND);
            ThreadGang.start("joiner", 1, index -> pool.join()).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("submit, close() and then join() to return, in round " + round)
                    .observed(stuck.getMessage())
                    .cause("a submit or close() racing the others waits for something that never comes")
                    .revisit("submit and close() each take the lock, change the state, and return"), true);
        }
        requireNothingLost(round, submitters, ran.get(), closeAfter);
    }

    private static void requireNothingLost(int round, List<Submitter> submitters, int ran, int closeAfter)
            throws CheckFailure {
        int accepted = submitters.stream().mapToInt(submitter -> submitter.accepted.size()).sum();
        List<Future<Integer>> lost = submitters.stream()
                .flatMap(submitter -> submitter.accepted.stream())
                .filter(future -> !future.isDone())
                .toList();
        if (!lost.isEmpty() && runLater(lost)) {
            throw new CheckFailure(Feedback.expected("every task that submit accepted to have run when join() returns")
                    .observed(lost.size() + " of the " + accepted + " accepted tasks ran only after join() had"
                            + " returned (round " + round + ")")
                    .cause("join() returns before the queued work is finished")
                    .revisit("join() waits for the worker threads to end, after they have emptied the queue"));
        }
        boolean lostBeforeClose = submitters.stream().anyMatch(submitter ->
                submitter.accepted.subList(0, submitter.acceptedBeforeClose).stream().anyMatch(f -> !f.isDone()));
        if (lostBeforeClose) {
            throw new CheckFailure(Feedback.expected("every task accepted before close() to run")
                    .observed(lost.size() + " of the " + accepted + " accepted tasks never ran, some of them"
                            + " accepted before close() was called (round " + round + ")")
                    .cause("close() dropped the tasks still queued: it clears the queue, or stops (interrupts) the"
                            + " workers before they have emptied it")
                    .revisit("close() only refuses new work; the workers stop after the last queued task"));
        }
        if (!lost.isEmpty()) {
            throw new CheckFailure(Feedback.expected("every task that submit accepted to have run when join() returns")
                    .observed(lost.size() + " of the " + accepted + " accepted tasks had not run (round " + round
                            + ", close() after " + closeAfter + " submissions)")
                    .cause("check-then-act: submit saw the pool open, then close() ran, then submit queued the task"
                            + " after the workers' last one — it was accepted, and will never run")
                    .revisit("submit checks the closed flag and queues the task under the one lock close() takes to"
                            + " set it, so that close() comes wholly before or wholly after each submit"));
        }
        if (ran > accepted) {
            throw new CheckFailure(Feedback.expected("a task whose submit threw RejectedExecutionException never to run")
                    .observed((ran - accepted) + " refused task(s) ran (round " + round + ")")
                    .cause("submit queues the task first and looks at the closed flag after: the caller is told no,"
                            + " and the task runs anyway")
                    .revisit("decide, then act: refuse before queueing, under the lock close() takes"));
        }
    }

    /** Whether the tasks join() left undone run after all, within {@link TaskLog#STALL}. */
    private static boolean runLater(List<Future<Integer>> undone) {
        long deadline = System.nanoTime() + TaskLog.STALL.toNanos();
        try {
            for (Future<Integer> future : undone) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (TimeoutException stillNotDone) {
            return false;
        } catch (ExecutionException | CancellationException ended) {
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
