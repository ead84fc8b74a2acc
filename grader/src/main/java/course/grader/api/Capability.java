package course.grader.api;

/**
 * Something student code may do only in the exercises that teach it. Everything else that could
 * reach outside the exercise (ending the JVM, reflection, the network, the grader's classes) is
 * never allowed; see {@code course.grader.trust.ArchitectureGate}.
 */
public enum Capability {
    /** Start and manage operating-system processes: {@code ProcessBuilder}, {@code ProcessHandle}. */
    PROCESSES,
    /** Read and write files: {@code java.io} file streams, {@code java.nio.file}, file channels and locks. */
    FILES,
    /**
     * Read the time: {@code System.nanoTime}, {@code System.currentTimeMillis}, {@code java.time},
     * {@code Date} and {@code Calendar}. Only exercises with timed methods (a wait with a time-out)
     * need it; elsewhere the time a call happens at could only tell a grading from a program.
     */
    CLOCK
}
