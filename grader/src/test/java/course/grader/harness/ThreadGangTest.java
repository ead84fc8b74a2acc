package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * A self-contained gang whose threads all wait for one another is stuck for good and is reported
 * within seconds; one whose threads hand a lock and a condition around as fast as they can is not.
 * A latch the gang should open is waited for only as long as the gang runs.
 */
class ThreadGangTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aGangThatOnlyWaitsIsReportedLongBeforeItsBound() {
        CountDownLatch never = new CountDownLatch(1);
        ThreadGang gang = ThreadGang.start("waiter", 3, index -> never.await());

        long start = System.nanoTime();
        ThreadsStuckException stuck = assertThrows(ThreadsStuckException.class, () -> gang.joinSelfContained(BOUND));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "reported after " + took);
        assertTrue(stuck.isStalled(), stuck.getMessage());
        assertTrue(stuck.getMessage().contains("none left to wake the others"), stuck.getMessage());
        never.countDown();
    }

    @Test
    void aGangThatHandsATurnAroundIsNotStalled() throws Exception {
        int threads = 6;
        int turnsEach = 2_000;
        ReentrantLock lock = new ReentrantLock();
        Condition turnChanged = lock.newCondition();
        int[] turn = {0};
        ThreadGang.start("taker", threads, index -> {
            for (int taken = 0; taken < turnsEach; taken++) {
                lock.lock();
                try {
                    while (turn[0] % threads != index) {
                        turnChanged.await();
                    }
                    turn[0]++;
                    turnChanged.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }).joinSelfContained(BOUND);

        assertEquals(threads * turnsEach, turn[0]);
    }

    @Test
    void waitingForALatchEndsWhenTheGangThatWouldOpenItIsGone() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        ThreadGang gang = ThreadGang.start("thrower", 1, index -> {
            throw new UnsupportedOperationException("TODO");
        });

        long start = System.nanoTime();
        boolean open = gang.await(opened, BOUND);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFalse(open);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "gave up after " + took);
        assertThrows(WorkerFailedException.class, () -> gang.join(BOUND));
    }

    @Test
    void waitingForALatchTheGangOpensReturnsTrue() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        ThreadGang gang = ThreadGang.start("opener", 1, index -> {
            TimeUnit.MILLISECONDS.sleep(200);
            opened.countDown();
            mayEnd.await();
        });

        assertTrue(gang.await(opened, BOUND));
        mayEnd.countDown();
        gang.join(BOUND);
    }

    @Test
    void aGangWaitingForAnOutsideThreadIsWaitedForWithPlainJoin() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadGang gang = ThreadGang.start("patient", 2, index -> release.await());
        Thread outsider = Thread.ofPlatform().start(() -> {
            try {
                TimeUnit.SECONDS.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });

        gang.join(BOUND);
        outsider.join();
    }
}
