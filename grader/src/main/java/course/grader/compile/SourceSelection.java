package course.grader.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which files of a submission are the student's code: the {@code .java} files whose {@code package}
 * declaration names a graded exercise's package ({@code course.<id>}) and which sit in that
 * package's folder. Everything else — a source of another package (a class of the grader, a helper
 * package), a {@code .class} or {@code .jar}, a resource, a link — is foreign: never compiled, never
 * on a class path, and reported with its path.
 *
 * @param sourcesByExercise the student's sources, per exercise id
 * @param foreign           per exercise id, the foreign files inside that exercise's folder (they
 *                          flag the exercise)
 * @param elsewhere         foreign files outside every exercise's folder (reported, never graded)
 * @param replaced          the student's given files that differ from the kit's, whose copies
 *                          ({@link GivenFiles}) are among the sources in their place (reported)
 */
public record SourceSelection(Map<String, List<Path>> sourcesByExercise, Map<String, List<String>> foreign,
                              List<String> elsewhere, List<String> replaced) {

    /** The first {@code package} declaration, past comments: {@code package course.counter;}. */
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** {@code course/<id>/Name.java}. */
    private static final int EXERCISE_FILE_DEPTH = 3;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * Sorts the files under {@code sourceRoot} for the exercises {@code exerciseIds}; an exercise
     * with sources gets the kit's copies of its given files in place of the student's. The folders
     * of {@code ungradedIds}, exercises not graded this time, are passed over.
     */
    static SourceSelection of(Path sourceRoot, Collection<String> exerciseIds, Collection<String> ungradedIds,
                              GivenFiles given) throws IOException {
        Map<String, List<Path>> sources = new LinkedHashMap<>();
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        exerciseIds.forEach(id -> sources.put(id, new ArrayList<>()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            files = walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            Path relative = sourceRoot.relativize(file);
            if (exerciseOfFolder(relative, ungradedIds).isPresent()) {
                continue;
            }
            Optional<String> folderOwner = exerciseOfFolder(relative, exerciseIds);
            Optional<String> why = whyForeign(file, relative, folderOwner);
            if (why.isEmpty() && given.kitCopyOf(relative).isPresent()) {
                given.replacement(file, relative).ifPresent(replaced::add);
            } else if (why.isEmpty()) {
                sources.get(folderOwner.orElseThrow()).add(file);
            } else if (folderOwner.isPresent()) {
                foreign.computeIfAbsent(folderOwner.get(), id -> new ArrayList<>()).add(shown(relative) + ": " + why.get());
            } else {
                elsewhere.add(shown(relative) + ": " + why.get());
            }
        }
        sources.forEach((id, own) -> {
            if (!own.isEmpty()) {
                own.addAll(given.kitCopiesOf(id));
            }
        });
        return new SourceSelection(sources, foreign, List.copyOf(elsewhere), List.copyOf(replaced));
    }

    /**
     * A file's path as reports show it: a control character in a name (a line break that would start
     * a fake line of the report) is written as its Java escape: a backslash, {@code u} and four hex
     * digits.
     */
    private static String shown(Path relative) {
        return CONTROL.matcher(relative.toString())
                .replaceAll(control -> String.format("\\\\u%04x", (int) control.group().charAt(0)));
    }

    /** Every source to compile, in a stable order. */
    public List<Path> allSources() {
        return sourcesByExercise.values().stream().flatMap(List::stream).toList();
    }

    /** Why a file is not the student's code of the exercise whose folder holds it, or empty when it is. */
    private static Optional<String> whyForeign(Path file, Path relative, Optional<String> folderOwner) throws IOException {
        if (Files.isSymbolicLink(file)) {
            return Optional.of("a link; links are never followed");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("not a regular file");
        }
        if (!relative.toString().endsWith(".java")) {
            return Optional.of("not a Java source; only the exercises' .java files are graded");
        }
        String declared = declaredPackage(Files.readString(file, StandardCharsets.UTF_8)).orElse("");
        if (folderOwner.isEmpty()) {
            return Optional.of(declared.isEmpty() ? "a Java source outside the exercises' packages"
                    : "a Java source of package " + declared + ", which is no graded exercise's");
        }
        String exercisePackage = "course." + folderOwner.get();
        if (relative.getNameCount() != EXERCISE_FILE_DEPTH) {
            return Optional.of("a source in a sub-folder of " + exercisePackage + "; the exercise is one package");
        }
        if (!declared.equals(exercisePackage)) {
            return Optional.of("declares package " + (declared.isEmpty() ? "(none)" : declared)
                    + " in the folder of package " + exercisePackage);
        }
        return Optional.empty();
    }

    private static Optional<String> declaredPackage(String source) {
        Matcher declaration = PACKAGE.matcher(COMMENTS.matcher(source).replaceAll(" "));
        return declaration.find() ? Optional.of(declaration.group(1)) : Optional.empty();
    }

    /** The exercise whose folder ({@code course/<id>/}, sub-folders included) holds the file. */
    private static Optional<String> exerciseOfFolder(Path relative, Collection<String> exerciseIds) {
        if (relative.getNameCount() < EXERCISE_FILE_DEPTH || !relative.getName(0).toString().equals("course")) {
            return Optional.empty();
        }
        String id = relative.getName(1).toString();
        return exerciseIds.contains(id) ? Optional.of(id) : Optional.empty();
    }
}
