package course.grader.harness;

/**
 * Threads a check started did not finish within their bound. Carries the diagnosis of what they
 * are doing; they are still alive, so the checking JVM must be replaced after this check.
 */
public final class ThreadsStuckException extends Exception {

    private final String diagnosis;
    private final boolean deadlock;

    ThreadsStuckException(String what, String diagnosis) {
        super(what + ": " + diagnosis, null, false, false);
        this.diagnosis = diagnosis;
        this.deadlock = diagnosis.startsWith("deadlock");
    }

    /** What the stuck threads are doing, in the student's terms. */
    public String diagnosis() {
        return diagnosis;
    }

    /** True when the JVM found a cycle of threads each waiting for a lock the next one holds. */
    public boolean isDeadlock() {
        return deadlock;
    }
}
