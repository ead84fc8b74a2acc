package course.grader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Finds processes by a marker in their command line or environment, looking at every process of
 * the machine in {@code /proc} — not at the descendants of anything, since a process that escaped
 * (a double fork re-parents to init) is no one's descendant. Tests give what they start a fresh
 * marker, then ask for what is left of it.
 */
public final class StrayProcesses {

    private StrayProcesses() {
    }

    /** A marker unique to one test run. */
    public static String newMarker() {
        return "kit-stray-" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The pids of live processes whose command line or environment holds {@code marker}. */
    public static List<Long> withMarker(String marker) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(entry -> holds(entry.resolve("cmdline"), marker) || holds(entry.resolve("environ"), marker))
                    .map(entry -> Long.parseLong(entry.getFileName().toString()))
                    .filter(pid -> pid != ProcessHandle.current().pid())
                    .toList();
        } catch (IOException noProc) {
            throw new IllegalStateException("this test needs Linux's /proc", noProc);
        }
    }

    private static boolean holds(Path file, String marker) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(marker);
        } catch (IOException | SecurityException goneOrHidden) {
            return false;
        }
    }
}
