package course.grader.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a submission's exercise sources without running any of its code (annotation
 * processing is off). An exercise whose sources do not compile is set aside with the compiler's
 * messages and the rest are compiled again, so one broken exercise costs only its own points.
 */
public final class SubmissionCompiler {

    private static final int MAX_MESSAGE_LINES = 30;

    private final Collection<String> exerciseIds;

    public SubmissionCompiler(Collection<String> exerciseIds) {
        this.exerciseIds = List.copyOf(exerciseIds);
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

    public CompilationResult compile(Path sourceRoot, Path classesOut) throws IOException {
        JavaCompiler javac = Optional.ofNullable(ToolProvider.getSystemJavaCompiler())
                .orElseThrow(() -> new IllegalStateException("grading sources needs a JDK, not a JRE"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<Path> remaining = new ArrayList<>(sources);
        while (!remaining.isEmpty()) {
            Files.createDirectories(classesOut);
            Map<Path, List<String>> failures = compileOnce(javac, remaining, classesOut);
            if (failures.isEmpty()) {
                break;
            }
            Set<String> broken = new HashSet<>();
            failures.forEach((file, messages) -> {
                List<String> owners = exerciseOf(sourceRoot.relativize(file)).map(List::of).orElse(List.copyOf(exerciseIds));
                broken.addAll(owners);
                owners.forEach(id -> errors.merge(id, String.join("\n", messages), (a, b) -> a + "\n" + b));
            });
            remaining.removeIf(file -> exerciseOf(sourceRoot.relativize(file)).map(broken::contains)
                    .orElse(broken.containsAll(exerciseIds)));
            cleanDirectory(classesOut);
        }
        errors.replaceAll((id, messages) -> truncate(messages));
        return new CompilationResult(classesOut, errors);
    }

    private static Map<Path, List<String>> compileOnce(JavaCompiler javac, List<Path> sources, Path classesOut) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-encoding", "UTF-8", "-nowarn",
                    "-implicit:none", "-d", classesOut.toString(), "-sourcepath", "");
            Boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            Map<Path, List<String>> failures = new LinkedHashMap<>();
            if (ok) {
                return failures;
            }
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
                    Path file = Path.of(diagnostic.getSource().toUri());
                    failures.computeIfAbsent(file, key -> new ArrayList<>()).add(file.getFileName() + ":"
                            + diagnostic.getLineNumber() + ": error: " + diagnostic.getMessage(Locale.ROOT));
                }
            }
            if (failures.isEmpty()) {
                failures.put(sources.get(0), List.of("the compiler failed without naming a file"));
            }
            return failures;
        }
    }

    /** The exercise a source file belongs to: {@code course/<id>/...}. */
    private Optional<String> exerciseOf(Path relativeSource) {
        if (relativeSource.getNameCount() < 3 || !relativeSource.getName(0).toString().equals("course")) {
            return Optional.empty();
        }
        String id = relativeSource.getName(1).toString();
        return exerciseIds.contains(id) ? Optional.of(id) : Optional.empty();
    }

    private static String truncate(String messages) {
        List<String> lines = messages.lines().toList();
        if (lines.size() <= MAX_MESSAGE_LINES) {
            return messages;
        }
        return lines.subList(0, MAX_MESSAGE_LINES).stream().collect(Collectors.joining("\n"))
                + "\n… and " + (lines.size() - MAX_MESSAGE_LINES) + " more lines";
    }

    private static void cleanDirectory(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .filter(path -> !path.equals(directory))
                    .forEach(path -> {
                        try {
                            Files.delete(path);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
