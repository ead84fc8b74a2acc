package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The wait rule passes a condition wait and names the real cause of each way to miss it. */
class BlockingWaitsTest {

    @Test
    void aConditionWaitPasses() {
        BlockingWaits.Findings findings = findingsOf(WaitsOnCondition.class);
        assertTrue(findings.passes(), findings.observed());
    }

    @Test
    void sleepPollingIsNamedWithItsLine() {
        BlockingWaits.Findings findings = findingsOf(SleepPolls.class);
        assertFalse(findings.passes());
        assertTrue(findings.observed().contains("SleepPolls.await calls Thread.sleep at line"), findings.observed());
        assertEquals("polls", findings.cause("polls"));
    }

    @Test
    void anotherSynchronizerIsToldApartFromSpinning() {
        BlockingWaits.Findings semaphore = findingsOf(WaitsOnSemaphore.class);
        assertFalse(semaphore.passes());
        assertTrue(semaphore.cause("polls").contains("another synchronizer"), semaphore.cause("polls"));

        BlockingWaits.Findings spins = findingsOf(Spins.class);
        assertFalse(spins.passes());
        assertTrue(spins.cause("polls").contains("spins"), spins.cause("polls"));
    }

    @Test
    void blockingInASemaphoreCountsAsBlockingAndSpinningDoesNot() {
        assertTrue(findingsOf(WaitsOnSemaphore.class).blocks());
        assertTrue(findingsOf(WaitsOnCondition.class).blocks());
        assertFalse(findingsOf(Spins.class).blocks());
    }

    @Test
    void aTimedWaitNobodySignalsIsPolling() {
        BlockingWaits.Findings findings = findingsOf(TimedWaitNeverSignalled.class);
        assertFalse(findings.passes());
        assertTrue(findings.observed().contains("no class signals the condition"), findings.observed());
        assertTrue(findings.cause("polls").contains("never signalled"), findings.cause("polls"));
    }

    @Test
    void aConditionWaitNobodyCallsDoesNotCount() {
        BlockingWaits.Findings findings = findingsOf(SpinsWithADeadWait.class);
        assertFalse(findings.passes());
        assertTrue(findings.observed().contains("no class waits on a Condition"), findings.observed());
    }

    private static BlockingWaits.Findings findingsOf(Class<?> type) {
        JavaClasses classes = new ClassFileImporter().importClasses(type);
        return BlockingWaits.findings(classes,
                LiveCode.reachedFrom(new ClassFileImporter().importClasses(Grader.class), "course.grader.harness", classes));
    }

    /** What the grader calls: await() of each class, nothing else. */
    static final class Grader {
        void grade() throws InterruptedException {
            WaitsOnCondition waits = new WaitsOnCondition();
            waits.await();
            waits.signal();
            new TimedWaitNeverSignalled().await();
            new SleepPolls().await();
            new WaitsOnSemaphore().await();
            new Spins().await();
            new SpinsWithADeadWait().await();
        }
    }

    static final class WaitsOnCondition {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();

        void await() throws InterruptedException {
            lock.lock();
            try {
                changed.await();
            } finally {
                lock.unlock();
            }
        }

        void signal() {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    static final class TimedWaitNeverSignalled {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private volatile boolean set;

        void await() throws InterruptedException {
            lock.lock();
            try {
                while (!set) {
                    changed.await(1, TimeUnit.MILLISECONDS);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    static final class SleepPolls {
        private volatile boolean set;

        void await() throws InterruptedException {
            while (!set) {
                Thread.sleep(1);
            }
        }
    }

    static final class WaitsOnSemaphore {
        private final Semaphore turn = new Semaphore(0);

        void await() throws InterruptedException {
            turn.acquire();
        }
    }

    static final class SpinsWithADeadWait {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private volatile boolean set;

        void await() {
            while (!set) {
                Thread.onSpinWait();
            }
        }

        void neverCalled() throws InterruptedException {
            lock.lock();
            try {
                changed.await();
            } finally {
                lock.unlock();
            }
        }
    }

    static final class Spins {
        private volatile boolean set;

        void await() {
            while (!set) {
                // nothing: the loop itself is the wait
            }
        }
    }
}
