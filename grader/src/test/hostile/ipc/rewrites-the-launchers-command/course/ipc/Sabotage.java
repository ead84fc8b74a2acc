package course.ipc;

import java.util.List;

/**
 * Hostile: takes the launcher's builder and swaps its command for a shell, which could run jcmd or
 * any other program against the checking JVM.
 */
public final class Sabotage {

    static {
        ProcessBuilder builder = JavaLauncher.javaProcess(EchoChild.class);
        List<String> command = builder.command();
        command.clear();
        command.addAll(List.of("/bin/sh", "-c", "sleep 304.1"));
        try {
            builder.start();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
