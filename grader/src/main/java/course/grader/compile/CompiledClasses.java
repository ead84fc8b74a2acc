package course.grader.compile;

import course.grader.api.GivenSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The student's code among classes compiled already (what {@code mvn verify} grades: everything
 * Maven compiled from the student's exercises module): only the class files of the graded
 * exercises' packages are copied into a fresh folder, the one the checks see. Anything else is
 * left out and reported, exactly as {@link SourceSelection} does for sources. The classes of the
 * exercises' given sources are the kit's ({@link GivenClasses}).
 */
public final class CompiledClasses {

    /** {@code course/<id>/Name.class}. */
    private static final int EXERCISE_FILE_DEPTH = 3;

    private CompiledClasses() {
    }

    public static CompilationResult select(Path compiled, Collection<String> exerciseIds, Collection<GivenSource> given,
                                           Path classesOut) throws IOException {
        Files.createDirectories(classesOut);
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(compiled)) {
            files = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            Path relative = compiled.relativize(file);
            boolean inExercise = relative.getNameCount() >= EXERCISE_FILE_DEPTH && relative.getName(0).toString().equals("course")
                    && exerciseIds.contains(relative.getName(1).toString());
            boolean isItsClass = inExercise && relative.getNameCount() == EXERCISE_FILE_DEPTH
                    && relative.toString().endsWith(".class") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
            if (isItsClass) {
                Path target = classesOut.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
            } else if (inExercise) {
                foreign.computeIfAbsent(relative.getName(1).toString(), id -> new ArrayList<>())
                        .add(relative + ": not a class of the exercise's package");
            } else {
                leftOut.add(relative + ": not a class of a graded exercise's package");
            }
        }
        leftOut.addAll(GivenClasses.replace(given, classesOut));
        return new CompilationResult(classesOut, Map.of(), foreign, List.copyOf(leftOut));
    }
}
