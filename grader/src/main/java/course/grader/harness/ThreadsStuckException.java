package course.grader.harness;

/**
 * Threads a check started did not finish within their bound, or were found in a state they can
 * never leave: deadlocked, or all waiting with none left to wake them. Carries the diagnosis of
 * what they are doing; they are still alive, so the checking JVM must be replaced after this check.
 */
public final class ThreadsStuckException extends Exception {

    private final String diagnosis;
    private final boolean deadlock;
    private final boolean stalled;

    ThreadsStuckException(String what, Diagnosis diagnosis, boolean stalled) {
        super(what + ": " + diagnosis.text(), null, false, false);
        this.diagnosis = diagnosis.text();
        this.deadlock = diagnosis.deadlock();
        this.stalled = stalled;
    }

    /** What the stuck threads are doing, in the student's terms. */
    public String diagnosis() {
        return diagnosis;
    }

    /** True when the JVM found a cycle of threads each waiting for a lock the next one holds. */
    public boolean isDeadlock() {
        return deadlock;
    }

    /**
     * True when the threads were all waiting, with none left to wake the others, so the wait ended
     * before the bound (see {@link ThreadGang#joinSelfContained}).
     */
    public boolean isStalled() {
        return stalled;
    }
}
