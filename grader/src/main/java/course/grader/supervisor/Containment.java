package course.grader.supervisor;

import course.grader.report.Grade;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How the operating system contains a process that runs student code, so that nothing it starts
 * can outlive it. On Linux the process runs as the first process of a PID namespace of its own
 * (util-linux {@code unshare}): when it ends or is killed, the kernel kills every process left in
 * the namespace, whatever they did to escape (double forks re-parent to the namespace's first
 * process, never to the machine's init), and they see only the namespace's own {@code /proc}. (A
 * network namespace is not added: jcstress talks to the JVMs it forks over the loopback, which a
 * new network namespace has down; the architecture gate keeps student code off the network.)
 * Elsewhere, or where the kernel refuses namespaces, the process runs {@link #NONE uncontained}
 * and the grade says so.
 */
public enum Containment {

    /** A PID and mount namespace, for a grader running as root (CI runners, a teacher's container). */
    PID_NAMESPACE("a PID and mount namespace of its own (unshare), killed as a whole",
            "unshare", "--pid", "--fork", "--kill-child", "--mount-proc"),
    /** The same, inside an unprivileged user namespace, for a grader running as an ordinary user. */
    USER_AND_PID_NAMESPACE("a user, PID and mount namespace of its own (unshare), killed as a whole",
            "unshare", "--user", "--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc"),
    /** No operating-system containment: processes are killed one by one, as far as they can be found. */
    NONE(Grade.UNCONTAINED + ": this machine offers no containment the grader can use, or it was turned off"
            + " (-Dgrader.containment=none)", new String[0]);

    private static final long PROBE_SECONDS = 10;

    private final String description;
    private final List<String> prefix;

    Containment(String description, String... prefix) {
        this.description = description;
        this.prefix = List.of(prefix);
    }

    /** What contains the graded code, in a sentence for reports. */
    public String description() {
        return description;
    }

    public boolean contained() {
        return this != NONE;
    }

    /** {@code command}, run inside this containment. */
    public List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(prefix);
        wrapped.addAll(command);
        return wrapped;
    }

    /** The strongest containment this machine offers, probed once per JVM. */
    public static Containment available() {
        return Probe.RESULT;
    }

    private static final class Probe {
        static final Containment RESULT = probe();

        private static Containment probe() {
            String forced = System.getProperty("grader.containment", "");
            if (!forced.isBlank()) {
                return valueOf(forced.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                return NONE;
            }
            for (Containment candidate : List.of(PID_NAMESPACE, USER_AND_PID_NAMESPACE)) {
                if (works(candidate)) {
                    return candidate;
                }
            }
            return NONE;
        }

        private static boolean works(Containment candidate) {
            try {
                Process probe = new ProcessBuilder(candidate.wrap(List.of("true")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!probe.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                    probe.destroyForcibly();
                    return false;
                }
                return probe.exitValue() == 0;
            } catch (IOException noUnshare) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
