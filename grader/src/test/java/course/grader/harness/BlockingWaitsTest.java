package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.concurrent.Semaphore;
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

    private static BlockingWaits.Findings findingsOf(Class<?> type) {
        return BlockingWaits.findings(new ClassFileImporter().importClasses(type));
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

    static final class Spins {
        private volatile boolean set;

        void await() {
            while (!set) {
                // nothing: the loop itself is the wait
            }
        }
    }
}
