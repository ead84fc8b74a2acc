package course.grader.protocol;

/**
 * Exit codes with which the checking JVM ends itself when the student's code exhausts a bound,
 * so that the supervisor can say which.
 */
public final class ExitCodes {

    /** More platform threads alive at once than the bound allows. */
    public static final int TOO_MANY_THREADS = 87;
    /** More child processes alive at once than the bound allows. */
    public static final int TOO_MANY_PROCESSES = 88;

    private ExitCodes() {
    }
}
