package course.grader.harness;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Scheduling noise for stress loops: now and then a thread yields or spins a little between two
 * operations, so that interleavings which a quiet machine rarely produces happen within seconds.
 */
public final class Jitter {

    private Jitter() {
    }

    /** Call between two operations of a stress loop. */
    public static void pause() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int roll = random.nextInt(64);
        if (roll == 0) {
            Thread.yield();
        } else if (roll == 1) {
            for (int spin = random.nextInt(200); spin > 0; spin--) {
                Thread.onSpinWait();
            }
        }
    }
}
