package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sleeper is a yardstick: asleep until woken, then it says how long waking took, every time it is woken. */
class ReferenceSleeperTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void saysHowLongEachWakingTook() throws Exception {
        try (ReferenceSleeper sleeper = ReferenceSleeper.start()) {
            for (int round = 0; round < 3; round++) {
                awaitAsleep(sleeper);
                long woken = sleeper.wake();
                Duration took = awaitAwake(sleeper);
                assertTrue(!took.isNegative() && took.compareTo(Duration.ofNanos(System.nanoTime() - woken)) <= 0, took.toString());
            }
        }
    }

    @Test
    void saysNothingBeforeItIsWoken() throws Exception {
        try (ReferenceSleeper sleeper = ReferenceSleeper.start()) {
            awaitAsleep(sleeper);
            assertEquals(Optional.empty(), sleeper.tookToWake());
        }
    }

    private static void awaitAsleep(ReferenceSleeper sleeper) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!sleeper.isAsleep()) {
            assertTrue(System.nanoTime() < deadline, "the sleeper never went to sleep");
            Thread.sleep(1);
        }
    }

    private static Duration awaitAwake(ReferenceSleeper sleeper) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        Optional<Duration> took;
        while ((took = sleeper.tookToWake()).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the woken sleeper never ran again");
            Thread.sleep(1);
        }
        return took.get();
    }
}
