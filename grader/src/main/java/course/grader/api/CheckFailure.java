package course.grader.api;

/**
 * Thrown by a check that found the property violated. {@link #threadsLeftRunning()} tells the
 * grader that threads the check started could not be stopped (a deadlock, a thread spinning
 * forever), so the remaining checks must run in a fresh JVM.
 */
public final class CheckFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final Feedback feedback;
    private final boolean threadsLeftRunning;

    public CheckFailure(Feedback feedback) {
        this(feedback, false);
    }

    public CheckFailure(Feedback feedback, boolean threadsLeftRunning) {
        super(feedback.render(), null, false, false);
        this.feedback = feedback;
        this.threadsLeftRunning = threadsLeftRunning;
    }

    public Feedback feedback() {
        return feedback;
    }

    public boolean threadsLeftRunning() {
        return threadsLeftRunning;
    }
}
