package course.grader.child;

import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadDiagnosis;
import course.grader.protocol.CheckEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads and initializes the exercise's classes once, on the JVM's main thread and under a short
 * bound, before any check runs:
 * a static initializer that never ends or throws then costs seconds and one clear message, not
 * every check's full time limit.
 */
final class ClassPreloader {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private ClassPreloader() {
    }

    /**
     * Feedback when the classes could not be initialized; empty when they were. They are
     * initialized on the calling thread, the JVM's main thread, as a program's first use of them
     * would: a static initializer that looks at the thread it runs on sees a program's. If it has
     * not ended within the bound, the watchdog reports that on {@code channel} and halts the JVM.
     */
    static Optional<Feedback> initialize(Path classes, String packageName, ResultChannel channel) throws Exception {
        List<String> names = classNames(classes, packageName);
        Thread main = Thread.currentThread();
        Watchdog watchdog = Watchdog.start(BOUND, () -> channel.send(new CheckEvent.Unloadable(
                Feedback.expected("your classes to load within " + BOUND.toSeconds() + " s")
                        .observed("a static initializer was still running: "
                                + ThreadDiagnosis.describe(List.of(main)).text())
                        .cause("a static initializer waits or loops forever")
                        .revisit("static initializers run once, when a class is first used: keep them short"))));
        Throwable thrown = null;
        try {
            for (String name : names) {
                Class.forName(name, true, ClassPreloader.class.getClassLoader());
            }
        } catch (Throwable failed) {
            thrown = failed;
        }
        watchdog.workEnded();
        if (thrown == null || thrown instanceof LinkageError && !(thrown instanceof ExceptionInInitializerError)) {
            return Optional.empty();
        }
        Throwable cause = thrown.getCause() == null ? thrown : thrown.getCause();
        return Optional.of(Feedback.expected("your classes to load")
                .observed("a static initializer threw " + StudentCode.describe(cause))
                .cause("an exception in a static initializer makes the class unusable for the rest of the run")
                .revisit("static initializers: keep them free of work that can fail"));
    }

    private static List<String> classNames(Path classes, String packageName) throws IOException {
        Path directory = classes.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.equals("package-info.class")
                            && !name.endsWith("/package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
    }
}
