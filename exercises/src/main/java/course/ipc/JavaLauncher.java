package course.ipc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command that runs a class's {@code main} in a new JVM, with this JVM's {@code java} and
 * class path, sized for a small child: a 64 MB heap and quick start-up. The child cannot be attached
 * to (no agent can be loaded into it from outside), and keeps no performance-data file in /tmp: two
 * JVMs that share a file name there (as children in separate PID namespaces can) make one of them
 * print a warning to its standard output, in the middle of your frames. Given; do not change it: the grader compiles its
 * own copy of this file in place of yours.
 */
public final class JavaLauncher {

    private JavaLauncher() {
    }

    /** A process builder for {@code java … mainClass args…}; start it with {@code start()}. */
    public static ProcessBuilder javaProcess(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+DisableAttachMechanism",
                "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
