package course.grader.api;

/**
 * The code of one check. Implementations are classes annotated with {@link CheckInfo} and have a
 * public no-argument constructor; the grader creates one per run, in the JVM that holds the
 * student's classes.
 *
 * <p>A check passes by returning and fails by throwing {@link CheckFailure}. Any other exception
 * (typically thrown by the student's code) fails it too, with the exception as the observation.
 */
@FunctionalInterface
public interface CheckBody {

    void run(CheckContext context) throws Exception;
}
