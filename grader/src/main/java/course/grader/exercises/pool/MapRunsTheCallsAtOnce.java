package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.pool.WorkerPool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * map over 4 inputs on a pool of 4: each call waits for the other three to have started, which
 * happens only if map hands all four to the workers before it waits for any result; and none runs
 * on the thread that called map.
 */
@CheckInfo(id = "map-runs-the-calls-at-once", kind = CheckKind.FUNCTIONAL, points = 1, requires = "never-more-than-n-at-once",
        title = "map hands every input to the workers before it waits: on a pool of 4, 4 calls run at once")
public final class MapRunsTheCallsAtOnce implements CheckBody {

    private static final int WORKERS = 4;
    /** How long a call waits for the others to start; shorter than a stall, so the pool never looks stuck. */
    private static final Duration MEETING = Duration.ofSeconds(1);

    @Override
    public void run(CheckContext context) throws Exception {
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        CountDownLatch started = new CountDownLatch(WORKERS);
        AtomicReference<List<Long>> startedSeen = new AtomicReference<>();
        AtomicReference<Thread> mapper = new AtomicReference<>();
        try {
            log.call("mapper", index -> {
                mapper.set(Thread.currentThread());
                startedSeen.set(pool.map(Neutral.function(input -> log.run(() -> meet(started))), List.of(0, 1, 2, 3)));
            });
        } finally {
            pool.close();
        }
        if (log.runners().contains(mapper.get())) {
            throw new CheckFailure(Feedback.expected("every call of map(f, [0, 1, 2, 3]) to run on a worker of the pool")
                    .observed("a call ran on the thread that called map, beside the " + WORKERS + " workers")
                    .cause("map applies the function to an input itself instead of submitting it: the pool then runs"
                            + " more calls at once than it has workers, and that call sees the caller's thread (its"
                            + " ThreadLocals, its interrupt status), not a worker's")
                    .revisit("map submits every input to the pool, then waits for the futures in order"));
        }
        long fewest = startedSeen.get().stream().mapToLong(Long::longValue).min().orElse(0);
        if (fewest < WORKERS) {
            throw new CheckFailure(Feedback.expected("the " + WORKERS + " calls of map(f, [0, 1, 2, 3]) to run at once on a"
                            + " pool of " + WORKERS)
                    .observed("a call waited " + MEETING.toSeconds() + " s for the others, and only " + fewest + " of the "
                            + WORKERS + " had started by then")
                    .cause("map waits for each call's result before it submits the next input, so the calls run one"
                            + " after the other on a pool built to run them side by side")
                    .revisit("submit every input first and keep the futures; only then get() them, in order"));
        }
    }

    /** Counts this call in and waits a while for the others; how many calls had started by then. */
    private static long meet(CountDownLatch started) {
        started.countDown();
        try {
            started.await(MEETING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return WORKERS - started.getCount();
    }
}
