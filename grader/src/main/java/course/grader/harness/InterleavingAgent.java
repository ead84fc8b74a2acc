package course.grader.harness;

import java.lang.instrument.Instrumentation;

/**
 * The Java agent that gives {@link Interleavings} the instrumentation the model checker needs.
 * Checking JVMs disable the attach mechanism, so that nothing the student's code starts can attach
 * to them; the model checker would otherwise attach to its own JVM. A check that explores
 * interleavings names this class in {@link course.grader.api.CheckInfo#javaAgents()}, and the
 * supervisor loads it when that JVM starts. It only keeps the instrumentation: nothing is
 * transformed until an interleaving check runs, and only while it runs. {@link ThreadLocalEntries}
 * uses the same instrumentation to open {@code java.lang} to the grader, for a check that reads the
 * ThreadLocal entries a thread keeps (and names this agent too).
 */
public final class InterleavingAgent {

    /**
     * The model checker's own log level. Its warnings (a lambda's captured field it cannot trace,
     * say) go to standard error, which the checking JVM keeps as what the student's code printed:
     * off, they cannot pass for the student's output. Its failures reach {@link Interleavings} as
     * exceptions, and the check's report says what they were.
     */
    private static final String LOG_LEVEL = "lincheck.logLevel";

    private static volatile Instrumentation instrumentation;

    private InterleavingAgent() {
    }

    /** Called by the JVM before {@code main}, when started with this agent. */
    public static void premain(String arguments, Instrumentation given) {
        System.setProperty(LOG_LEVEL, "OFF"); // read once, when the model checker's logger first loads
        instrumentation = given;
    }

    /** The instrumentation, or {@code null} when this JVM was started without the agent. */
    static Instrumentation instrumentation() {
        return instrumentation;
    }
}
