package course.grader.harness;

/** A thread of a {@link ThreadGang} threw: the first such exception, with the thread's name. */
public final class WorkerFailedException extends Exception {

    private final String threadName;

    WorkerFailedException(String threadName, Throwable cause) {
        super(StudentCode.thread(threadName) + " threw " + StudentCode.describe(cause), cause, false, false);
        this.threadName = threadName;
    }

    public String threadName() {
        return threadName;
    }
}
