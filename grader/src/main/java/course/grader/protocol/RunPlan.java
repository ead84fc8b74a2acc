package course.grader.protocol;

import java.util.List;

/**
 * Sent once on the checking JVM's standard input: which checks to run, and where.
 *
 * @param nonce   what the checking JVM says first on the result channel, so that the supervisor
 *                knows the connection is its own
 * @param channel the Unix domain socket on which the supervisor waits for the one connection it
 *                accepts: the result channel
 */
public record RunPlan(String nonce, String channel, String exerciseClass, List<String> checkIds, String classesLocation,
                      String workDirectory) {
}
