package course.grader.exercises.counter;

/**
 * Releases a fixed group of threads round after round, all at the same instant: each thread
 * announces its arrival, and the last to arrive opens the round; the others spin and see it open
 * within nanoseconds if they are on a core. Unlike a barrier that parks its threads (and wakes them
 * one by one, microseconds apart), it makes truly simultaneous starts common. A thread that has
 * spun {@value #SPINS} times without seeing the round open waits on the gate's monitor instead, so
 * that a round that never opens (a party stuck in the code under test) leaves every thread waiting,
 * as the gang's stall detection needs.
 */
final class StartingGate {

    /** Some tens of microseconds of spinning: longer than a round takes when all parties are on a core. */
    private static final int SPINS = 10_000;

    private final int parties;
    private int arrived;
    private volatile int open = -1;

    StartingGate(int parties) {
        this.parties = parties;
    }

    /** Waits until every party has arrived at round {@code round} (0, 1, 2 … in order), then returns. */
    void pass(int round) throws InterruptedException {
        if (arrive() == (round + 1) * parties) {
            openRound(round);
        }
        for (int spins = 0; spins < SPINS && open < round; spins++) {
            Thread.onSpinWait();
        }
        synchronized (this) {
            while (open < round) {
                wait();
            }
        }
    }

    private synchronized int arrive() {
        return ++arrived;
    }

    private synchronized void openRound(int round) {
        open = round;
        notifyAll();
    }
}
