package course.ipc;

import java.nio.file.Path;
import java.util.List;

/**
 * Hostile: the given launcher, edited to start every child through a shell that first leaves a
 * program of its own running, then starts the JVM with an agent. Were this copy graded, the children
 * would never answer (the agent jar does not exist) and the checks would fail.
 */
public final class JavaLauncher {

    private JavaLauncher() {
    }

    public static ProcessBuilder javaProcess(Class<?> mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of("/bin/sh", "-c", "sleep 303.14159 & exec \"$0\" -javaagent:/nonexistent.jar"
                + " -cp \"$1\" \"$2\"", java, System.getProperty("java.class.path"), mainClass.getName()));
    }
}
