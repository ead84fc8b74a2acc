package course.grader.protocol;

import java.util.List;

/** Sent once on the checking JVM's standard input: which checks to run, and where. */
public record RunPlan(String nonce, String exerciseClass, List<String> checkIds, String classesLocation,
                      String workDirectory) {
}
