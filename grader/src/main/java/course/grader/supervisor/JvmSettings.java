package course.grader.supervisor;

import course.grader.process.ProcessTree;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * How checking JVMs are started: the {@code java} to use, the grader's class path (before which the
 * graded classes are put: they are the exercises' classes only, so none can stand in for one of the
 * grader's), the heap, the bounds watched from outside, and the operating system's containment.
 */
public record JvmSettings(Path javaExecutable, List<Path> graderClassPath, String maxHeap, ProcessTree.Limits limits,
                          Containment containment) {

    /** The grader's command line, named rather than imported: the supervisor is below the command line. */
    private static final String GRADER_MAIN = "course.grader.cli.Main";

    /** Platform threads one checking JVM may have; far above what any exercise needs. */
    public static final int MAX_THREADS = Integer.getInteger("grader.maxThreads", 1_000);
    /** Processes alive at once in one checking JVM's tree, the JVM itself included (the property counts its children). */
    public static final int MAX_PROCESSES = Integer.getInteger("grader.maxProcesses", 32) + 1;

    /**
     * The same {@code java} and class path as this JVM, less the kit's exercise classes (the
     * skeletons are on it when the grader runs in the kit's own build), a 512 MB heap, and the
     * strongest containment the machine offers.
     */
    public static JvmSettings inheritFromThisJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank() && !holdsExerciseClasses(Path.of(entry))) {
                classPath.add(Path.of(entry).toAbsolutePath());
            }
        }
        return new JvmSettings(java, List.copyOf(classPath), System.getProperty("grader.maxHeap", "512m"),
                new ProcessTree.Limits(MAX_PROCESSES, MAX_THREADS), Containment.available());
    }

    /**
     * The command that starts {@code mainClass} in a checking JVM, inside the containment, loading
     * {@code javaAgents} at start-up (the attach mechanism stays disabled: see {@link JavaAgentJars}),
     * with {@code temporaryFolder} as its temporary folder, so that what the JVM or a library leaves
     * there (the model checker's bootstrap jar) goes when the grading's folder goes.
     */
    List<String> command(Path gradedClasses, String mainClass, List<Class<?>> javaAgents, Path temporaryFolder) {
        // The grader's classes come first: a class of the graded folder can never stand in for one of
        // the grader's or its libraries', whatever package it was compiled into (the graded folder
        // holds only the exercises' classes anyway: see compile.SourceSelection and CompilerMain).
        List<String> classPath = new ArrayList<>();
        graderClassPath.forEach(entry -> classPath.add(entry.toString()));
        classPath.add(gradedClasses.toString());
        List<String> command = new ArrayList<>(List.of(
                javaExecutable.toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-XX:+DisableAttachMechanism",
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + temporaryFolder,
                "-Dfile.encoding=UTF-8"));
        command.addAll(CompilerDirectives.options(temporaryFolder));
        javaAgents.forEach(agent -> command.add(JavaAgentJars.option(agent)));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), mainClass));
        return containment.wrap(command);
    }

    /**
     * The command that runs the grader's own command line ({@code course.grader.cli.Main}) with
     * {@code arguments} in a JVM of its own with {@code heap}, inside the containment: how a class
     * grading runs each submission. The checking JVMs it starts get these settings: the heap, the
     * limits, and the containment chosen here (not one the grading process would probe for itself,
     * so that a class graded with {@code -Dgrader.containment=none} is graded uncontained throughout,
     * and each grade says how it really ran).
     */
    public List<String> graderCommand(String heap, Path temporaryFolder, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                javaExecutable.toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-XX:+DisableAttachMechanism",
                "-Djava.io.tmpdir=" + temporaryFolder,
                "-Dgrader.maxHeap=" + maxHeap,
                "-Dgrader.maxThreads=" + limits.maxThreadsPerProcess(),
                "-Dgrader.maxProcesses=" + (limits.maxProcesses() - 1),
                "-Dgrader.containment=" + containment.name(),
                "-Dfile.encoding=UTF-8",
                "-cp", graderClassPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                GRADER_MAIN));
        command.addAll(arguments);
        return containment.wrap(command);
    }

    /** Whether a class path entry holds classes of {@code course.*} packages other than the grader's. */
    private static boolean holdsExerciseClasses(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                Path course = entry.resolve("course");
                if (!Files.isDirectory(course)) {
                    return false;
                }
                try (Stream<Path> packages = Files.list(course)) {
                    return packages.anyMatch(pkg -> !pkg.getFileName().toString().equals("grader"));
                }
            }
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    return jar.stream().anyMatch(file -> file.getName().startsWith("course/")
                            && !file.getName().startsWith("course/grader/") && file.getName().endsWith(".class"));
                }
            }
            return false;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the class path entry " + entry, unreadable);
        }
    }
}
