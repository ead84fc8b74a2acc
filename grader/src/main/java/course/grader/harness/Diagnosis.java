package course.grader.harness;

/**
 * What threads that did not finish were doing, in a student's words, and whether the JVM found
 * them in a deadlock cycle (the text then starts with that cycle).
 *
 * @param deadlock whether the JVM's deadlock detection found a cycle among them
 * @param text     one sentence per thread, the cycle first
 */
public record Diagnosis(boolean deadlock, String text) {
}
