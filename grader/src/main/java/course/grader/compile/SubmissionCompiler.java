package course.grader.compile;

import course.grader.api.GivenSource;
import course.grader.io.FileTrees;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compiles the student's code of a submission — only the sources {@link SourceSelection} says are
 * the graded exercises' — without running any of it (annotation processing is off), in a compiler
 * JVM with bounds on its heap and time. An exercise whose sources do not compile is set aside with
 * the compiler's messages and the rest are compiled again, so one broken exercise costs only its
 * own points; sources that crash the compiler or exhaust its bounds are found exercise by exercise
 * and cost only theirs. The exercises' given sources are compiled from the kit's copies, never from
 * the student's ({@link GivenFiles}).
 */
public final class SubmissionCompiler {

    private static final int MAX_MESSAGE_LINES = 30;
    private static final String COMPILER_HEAP = "256m";
    /** javac compiles every exercise of the kit in a few seconds; far past that it is not compiling. */
    private static final Duration COMPILER_TIME = Duration.ofSeconds(90);

    private final Collection<String> exerciseIds;
    private final Collection<GivenSource> given;
    private final Collection<String> ungradedIds;

    public SubmissionCompiler(Collection<String> exerciseIds, Collection<GivenSource> given) {
        this(exerciseIds, given, List.of());
    }

    private SubmissionCompiler(Collection<String> exerciseIds, Collection<GivenSource> given,
                               Collection<String> ungradedIds) {
        this.exerciseIds = List.copyOf(exerciseIds);
        this.given = List.copyOf(given);
        this.ungradedIds = List.copyOf(ungradedIds);
    }

    /**
     * This compiler, passing over the folders of {@code exercises} that are not graded this time
     * ({@code --exercise=counter}): their sources are neither compiled nor reported as left out.
     */
    public SubmissionCompiler passingOver(Collection<String> exercises) {
        return new SubmissionCompiler(exerciseIds, given,
                exercises.stream().filter(id -> !exerciseIds.contains(id)).toList());
    }

    /**
     * Finds the Java sources of a submission: {@code exercises/src/main/java} of a copy of the kit,
     * {@code src/main/java} of a copy of the exercises folder, or the folder itself.
     */
    public static Path sourceRoot(Path submission) {
        for (Path candidate : List.of(submission.resolve("exercises/src/main/java"), submission.resolve("src/main/java"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return submission;
    }

    public CompilationResult compile(Path sourceRoot, Path classesOut) throws IOException, InterruptedException {
        Path givenFolder = Files.createTempDirectory("grader-given-");
        try {
            return compile(SourceSelection.of(sourceRoot, exerciseIds, ungradedIds, GivenFiles.write(given, givenFolder)), classesOut);
        } finally {
            FileTrees.delete(givenFolder);
        }
    }

    private CompilationResult compile(SourceSelection selection, Path classesOut) throws IOException, InterruptedException {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> remaining = new TreeSet<>(exerciseIds);
        remaining.removeIf(id -> selection.sourcesByExercise().get(id).isEmpty());
        while (!remaining.isEmpty()) {
            Run run = compileOnce(selection, remaining, classesOut);
            if (run.outcome() == Outcome.COMPILED) {
                break;
            }
            Set<String> broken = run.outcome() == Outcome.CRASHED
                    ? crashingExercises(selection, remaining, classesOut, errors)
                    : attribute(run, selection, errors);
            if (broken.isEmpty()) {
                broken = Set.copyOf(remaining);
                remaining.forEach(id -> errors.put(id, "the compiler failed without naming a file"));
            }
            remaining.removeAll(broken);
        }
        if (remaining.isEmpty()) {
            FileTrees.clear(classesOut);
        }
        errors.replaceAll((id, messages) -> truncate(messages));
        return new CompilationResult(classesOut, errors, selection.foreign(),
                Stream.concat(selection.elsewhere().stream(), selection.replaced().stream()).toList());
    }

    private enum Outcome { COMPILED, ERRORS, CRASHED }

    /** One compiler run: how it ended, and its error lines ({@code source}, {@code line}, {@code message}). */
    private record Run(Outcome outcome, List<String[]> errors) {
    }

    private Run compileOnce(SourceSelection selection, Set<String> exercises, Path classesOut)
            throws IOException, InterruptedException {
        FileTrees.clear(classesOut);
        Path sourceList = Files.createTempFile("grader-sources-", ".txt");
        try {
            Files.write(sourceList, exercises.stream().flatMap(id -> selection.sourcesByExercise().get(id).stream())
                    .map(Path::toString).toList(), StandardCharsets.UTF_8);
            Process javac = new ProcessBuilder(compilerCommand(classesOut, sourceList))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            javac.getOutputStream().close();
            String printed = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!javac.waitFor(COMPILER_TIME.toMillis(), TimeUnit.MILLISECONDS)) {
                javac.destroyForcibly();
                return new Run(Outcome.CRASHED, List.of());
            }
            List<String[]> errors = printed.lines().map(line -> line.split("\t", 3)).filter(parts -> parts.length == 3)
                    .toList();
            return switch (javac.exitValue()) {
                case 0 -> new Run(Outcome.COMPILED, List.of());
                case 1 -> new Run(Outcome.ERRORS, errors);
                default -> new Run(Outcome.CRASHED, errors);
            };
        } finally {
            Files.deleteIfExists(sourceList);
        }
    }

    /** The exercises whose sources hold the errors, with their messages. */
    private static Set<String> attribute(Run run, SourceSelection selection, Map<String, String> errors) {
        Set<String> broken = new TreeSet<>();
        for (String[] error : run.errors()) {
            Path source = error[0].isEmpty() ? null : Path.of(error[0]);
            selection.sourcesByExercise().forEach((id, sources) -> {
                if (sources.contains(source)) {
                    broken.add(id);
                    errors.merge(id, source.getFileName() + ":" + error[1] + ": error: "
                            + CompilerMain.unescape(error[2]), (a, b) -> a + "\n" + b);
                }
            });
        }
        return broken;
    }

    /** Compiles each exercise alone to find the ones whose sources crash the compiler or pass its bounds. */
    private Set<String> crashingExercises(SourceSelection selection, Set<String> exercises, Path classesOut,
                                          Map<String, String> errors) throws IOException, InterruptedException {
        Set<String> crashing = new TreeSet<>();
        for (String id : exercises) {
            if (compileOnce(selection, Set.of(id), classesOut).outcome() == Outcome.CRASHED) {
                crashing.add(id);
                errors.put(id, "the compiler failed on these sources: it ran out of memory or stack, or took longer"
                        + " than " + COMPILER_TIME.toSeconds() + " s (deeply nested code or an enormous expression"
                        + " does this); simplify the code the compiler chokes on");
            }
        }
        return crashing;
    }

    private static List<String> compilerCommand(Path classesOut, Path sourceList) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + COMPILER_HEAP, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-cp", graderLocation(), CompilerMain.class.getName(),
                classesOut.toString(), sourceList.toString());
    }

    /** Where the grader's own classes are: the compiler JVM needs {@link CompilerMain} and nothing else. */
    private static String graderLocation() {
        try {
            return Path.of(CompilerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException unexpected) {
            return System.getProperty("java.class.path", "").split(File.pathSeparator)[0];
        }
    }

    private static String truncate(String messages) {
        List<String> lines = messages.lines().toList();
        if (lines.size() <= MAX_MESSAGE_LINES) {
            return messages;
        }
        return lines.subList(0, MAX_MESSAGE_LINES).stream().collect(Collectors.joining("\n"))
                + "\n… and " + (lines.size() - MAX_MESSAGE_LINES) + " more lines";
    }
}
