package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A waiter that looks again every 25 ms uses no CPU to speak of and wakes too seldom to be counted
 * as polling; what tells it from a waiter that is signalled is how long a change waits for it.
 */
class WakeUpsTest {

    private static final Duration WINDOW = Duration.ofMillis(300);
    private static final long SLICE_MILLIS = 25;

    @Test
    void aWaiterThatOnlyLooksAgainSleepsThroughTheChange() throws Exception {
        AtomicBoolean changed = new AtomicBoolean();
        Thread poller = Thread.ofPlatform().start(() -> {
            while (!changed.get()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS));
            }
        });
        try {
            WakeUps.WakeUp wake = measureThenChange(poller, () -> changed.set(true));
            assertTrue(wake.late(), wake.toString());
            assertTrue(wake.lateFeedback("a poller", "the change comes").cause("c").revisit("r").observed().contains("slept on"),
                    wake.toString());
        } finally {
            changed.set(true);
            poller.join();
        }
    }

    @Test
    void aWaiterOnAClockThatIsSignalledLeavesItsWaitAtOnce() throws Exception {
        Object monitor = new Object();
        boolean[] changed = new boolean[1];
        Thread waiter = Thread.ofPlatform().start(() -> {
            synchronized (monitor) {
                while (!changed[0]) {
                    try {
                        monitor.wait(SLICE_MILLIS);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        });
        try {
            WakeUps.WakeUp wake = measureThenChange(waiter, () -> {
                synchronized (monitor) {
                    changed[0] = true;
                    monitor.notifyAll();
                }
            });
            assertFalse(wake.period().isZero(), "the waiter went back into its wait every slice: " + wake);
            assertFalse(wake.late(), wake.toString());
        } finally {
            waiter.interrupt();
            waiter.join();
        }
    }

    @Test
    void aWaiterInAnUntimedWaitIsNotOnAClock() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                latch.await();
            } catch (InterruptedException stop) {
                // ends
            }
        });
        try {
            WakeUps.WakeUp wake = measureThenChange(waiter, latch::countDown);
            assertTrue(wake.period().isZero(), wake.toString());
            assertFalse(wake.late());
            waiter.join(Duration.ofSeconds(5));
            assertFalse(waiter.isAlive(), "the change was made");
        } finally {
            latch.countDown();
        }
    }

    private static WakeUps.WakeUp measureThenChange(Thread waiter, IdleCpu.Action change) throws Exception {
        while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        IdleCpu.Measurement cost = IdleCpu.measure(List.of(waiter), WINDOW);
        return WakeUps.afterChange(cost, List.of(waiter), change);
    }
}
