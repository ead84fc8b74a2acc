package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Five workers wait; a boss thread calls set(), clear(), and then await() itself, before the woken
 * workers have all taken the lock back. The boss's await() must wait (the flag is down and no
 * set() has come since it arrived), and it must not undo the wake-up of the five: each of them
 * arrived before that set(). A waiter that keeps the generation it arrived in in a field all
 * waiters share finds it overwritten by the newcomer's, and waits on as if no set() had happened.
 */
@CheckInfo(id = "newcomer-leaves-the-woken-awake", kind = CheckKind.STRESS, points = 2, requires = "set-before-await-does-not-block",
        title = "A thread that calls await() right after set() and clear() does not send the woken waiters back to sleep")
public final class NewcomerLeavesTheWokenAwake implements CheckBody {

    private static final int WORKERS = 5;
    private static final int TIMED = 2;
    private static final int ROUNDS = 10;

    @Override
    public void run(CheckContext context) throws Exception {
        boolean spinning = false;
        for (int round = 1; round <= ROUNDS; round++) {
            Event event = new Event();
            AtomicInteger woken = new AtomicInteger();
            ThreadGang workers = Waiters.start(event, WORKERS, TIMED, set -> woken.incrementAndGet());
            spinning = Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), spinning);
            ThreadGang boss = ThreadGang.start("boss", 1, index -> {
                event.set();
                event.clear();
                event.await();
            });
            try {
                workers.join(Duration.ofSeconds(3));
            } catch (ThreadsStuckException stuck) {
                event.set();
                throw new CheckFailure(Feedback.expected("all " + WORKERS + " workers, woken by set(), to return from"
                                + " await()")
                        .observed((WORKERS - woken.get()) + " of " + WORKERS + " workers were still waiting 3 s after"
                                + " set(), once the boss had called clear() and then await() (round " + round + " of "
                                + ROUNDS + "): " + stuck.getMessage())
                        .cause("what tells a waiter that a set() happened is shared by all waiters: the boss's await()"
                                + " overwrote it (the generation it arrived in, say) before the woken workers looked"
                                + " again, so they took the set() for never having happened")
                        .revisit("a generation count: each waiter keeps the generation it arrived in in a local"
                                + " variable, and waits while it is unchanged"), true);
            }
            Waiters.untilAllAsleep(boss, Duration.ofSeconds(10), spinning);
            event.set();
            boss.join(Duration.ofSeconds(3));
        }
    }
}
