package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker waits and is woken by set(); while it is busy the boss calls clear(), then set() and
 * clear() again; then the worker waits again. It arrived after that set() and clear(), so it must
 * wait for the next set(): a timed await gives up and returns false, and an untimed one is still
 * asleep until the boss sets the event once more. A waiter that compares with the generation it saw
 * on its last wait (kept per thread, or in the event), rather than the one it arrived in, takes the
 * set() it missed for one it waited for. Once with the worker's first wait untimed, once timed.
 */
@CheckInfo(id = "a-returning-waiter-waits-for-the-next-set", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "set-before-await-does-not-block",
        title = "A worker that waits again, after a set() and clear() it was too busy to see, waits for the next set()")
public final class AReturningWaiterWaitsForTheNextSet implements CheckBody {

    private static final Duration SECOND_WAIT = Duration.ofMillis(300);
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final long NOT_RETURNED = -1;

    @Override
    public void run(CheckContext context) throws Exception {
        for (boolean timedFirst : new boolean[] {false, true}) {
            requireTheSecondWaitWaits(timedFirst);
        }
    }

    private static void requireTheSecondWaitWaits(boolean timedFirst) throws Exception {
        Event event = new Event();
        CountDownLatch backAtWork = new CountDownLatch(1);
        CountDownLatch missedARound = new CountDownLatch(1);
        CountDownLatch secondWaitEnded = new CountDownLatch(1);
        AtomicLong secondWaitMillis = new AtomicLong(NOT_RETURNED);
        boolean[] secondWaitSawASet = new boolean[1];
        ThreadGang worker = ThreadGang.start("worker", 1, index -> {
            if (timedFirst) {
                event.await(Waiters.TIMED_PATIENCE);
            } else {
                event.await();
            }
            backAtWork.countDown();
            missedARound.await();
            long start = System.nanoTime();
            secondWaitSawASet[0] = event.await(SECOND_WAIT);
            secondWaitMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            secondWaitEnded.countDown();
            event.await();
        });
        String firstWait = timedFirst ? "await(" + Waiters.TIMED_PATIENCE.toSeconds() + " s)" : "await()";
        Waiters.untilAllAsleep(worker, BOUND, false);
        event.set();
        if (!worker.await(backAtWork, BOUND)) {
            event.set();
            throw new CheckFailure(Feedback.expected("set() to end the worker's " + firstWait)
                    .observed("it was still waiting " + BOUND.toSeconds() + " s later")
                    .cause("set() wakes no waiter")
                    .revisit("set(): raise the flag and signalAll() under the lock"), true);
        }
        event.clear();
        event.set();
        event.clear();
        missedARound.countDown();
        if (!worker.await(secondWaitEnded, BOUND)) {
            event.set();
            throw new CheckFailure(Feedback.expected("await(" + SECOND_WAIT.toMillis() + " ms) to give up after "
                            + SECOND_WAIT.toMillis() + " ms")
                    .observed("it had not returned " + BOUND.toSeconds() + " s later")
                    .cause("the timed wait does not end when its time is up")
                    .revisit("nanos = condition.awaitNanos(nanos) in the loop; give up once nanos <= 0"), true);
        }
        if (secondWaitSawASet[0]) {
            event.set();
            throw new CheckFailure(missed(firstWait)
                    .observed("its await(" + SECOND_WAIT.toMillis() + " ms) returned true after " + secondWaitMillis.get()
                            + " ms, although the flag was down"
                            + " and no set() came after it arrived")
                    .cause(CAUSE)
                    .revisit(REVISIT), true);
        }
        Waiters.untilAllAsleep(worker, BOUND, false);
        if (!worker.threads().get(0).isAlive()) {
            throw new CheckFailure(missed(firstWait)
                    .observed("its await() after that returned at once, with the flag down and no set() since it"
                            + " arrived")
                    .cause(CAUSE)
                    .revisit(REVISIT));
        }
        event.set();
        worker.join(Duration.ofSeconds(3));
    }

    private static Feedback.Builder missed(String firstWait) {
        return Feedback.expected("a worker woken from " + firstWait + " by set(), which waits again after the boss has"
                + " called clear(), set() and clear() meanwhile, to wait for the next set()");
    }

    private static final String CAUSE = "the waiter compares with a generation it saw before it arrived — the one of"
            + " its last wait, kept per thread or in the event — not with the one current when it called await(): the"
            + " set() it was too busy to see counts as one it waited for";

    private static final String REVISIT = "read the generation into a local variable when await() is called, and"
            + " wait while it is unchanged";
}
