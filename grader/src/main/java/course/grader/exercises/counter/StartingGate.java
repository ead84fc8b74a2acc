package course.grader.exercises.counter;

/**
 * Releases a fixed group of threads round after round, all at the same instant: each thread
 * announces its arrival, and the last to arrive opens the round; the others spin and see it open
 * within nanoseconds if they are on a core. A thread that has spun {@value #SPINS} times without
 * seeing it open yields between looks, so that threads waiting for a core get one.
 * Unlike a barrier that parks its threads, it makes truly simultaneous starts common.
 */
final class StartingGate {

    /** About ten microseconds of spinning: longer than a round takes when all parties are on a core. */
    private static final int SPINS = 10_000;

    private final int parties;
    private volatile int arrived;
    private volatile int open = -1;

    StartingGate(int parties) {
        this.parties = parties;
    }

    /** Waits until every party has arrived at round {@code round} (0, 1, 2 … in order), then returns. */
    void pass(int round) {
        if (arrive() == (round + 1) * parties) {
            open = round;
        }
        for (int spins = 0; open < round; spins++) {
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private synchronized int arrive() {
        return ++arrived;
    }
}
