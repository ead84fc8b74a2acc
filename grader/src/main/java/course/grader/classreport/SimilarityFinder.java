package course.grader.classreport;

import course.grader.catalog.ExerciseDescriptor;
import course.grader.io.FileTrees;
import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import de.jplag.exceptions.ExitException;
import de.jplag.java.JavaLanguage;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the submissions that look alike, exercise by exercise, with JPlag: it compares token
 * streams of the parsed sources, so renamed variables, moved methods and changed comments do not
 * hide a copy. Code every student got with the skeleton is given to JPlag as base code and does not
 * count as a match.
 */
final class SimilarityFinder {

    private final Map<String, Path> sourceRoots;
    private final Optional<Path> skeletonRoot;
    private final double threshold;
    private final int pairsPerExercise;
    private final PrintStream warnings;

    /**
     * @param sourceRoots    student → the root of their graded sources (holding {@code course/<exercise>/…})
     * @param skeletonRoot   the root of the skeleton's sources, whose code is not counted, if known
     * @param threshold      the least similarity (0 to 1) a pair must reach to be reported
     * @param pairsPerExercise at most this many pairs per exercise, the most alike
     */
    SimilarityFinder(Map<String, Path> sourceRoots, Optional<Path> skeletonRoot, double threshold, int pairsPerExercise,
                     PrintStream warnings) {
        this.sourceRoots = Map.copyOf(sourceRoots);
        this.skeletonRoot = skeletonRoot;
        this.threshold = threshold;
        this.pairsPerExercise = pairsPerExercise;
        this.warnings = warnings;
    }

    /** The similar pairs of every exercise, and into {@code sources} the files of every student in one. */
    List<SimilarPair> find(List<ExerciseDescriptor> exercises, Map<String, Map<String, Map<String, String>>> sources)
            throws IOException {
        List<SimilarPair> pairs = new ArrayList<>();
        Path staging = Files.createTempDirectory("similarity-");
        try {
            for (ExerciseDescriptor exercise : exercises) {
                List<SimilarPair> found = find(exercise, staging.resolve(exercise.id()));
                for (SimilarPair pair : found) {
                    addSources(sources, pair.first(), exercise);
                    addSources(sources, pair.second(), exercise);
                }
                pairs.addAll(found);
            }
        } finally {
            FileTrees.delete(staging);
        }
        return pairs;
    }

    private List<SimilarPair> find(ExerciseDescriptor exercise, Path staging) throws IOException {
        Path submissions = staging.resolve("submissions");
        int staged = 0;
        for (Map.Entry<String, Path> student : sourceRoots.entrySet()) {
            Path folder = packageFolder(student.getValue(), exercise);
            if (Files.isDirectory(folder)) {
                FileTrees.copy(folder, submissions.resolve(student.getKey()), file -> file.toString().endsWith(".java"));
                staged++;
            }
        }
        if (staged < 2) {
            return List.of();
        }
        Optional<Path> baseCode = skeletonRoot.map(root -> packageFolder(root, exercise)).filter(Files::isDirectory);
        JPlagResult result = compare(exercise, submissions, baseCode, staging);
        if (result == null) {
            return List.of();
        }
        return result.getAllComparisons().stream()
                .filter(comparison -> comparison.similarity() >= threshold)
                .sorted(Comparator.comparingDouble(JPlagComparison::similarity).reversed())
                .limit(pairsPerExercise)
                .map(comparison -> pair(exercise, comparison))
                .toList();
    }

    private JPlagResult compare(ExerciseDescriptor exercise, Path submissions, Optional<Path> baseCode, Path staging) {
        JPlagOptions options = new JPlagOptions(new JavaLanguage(), Set.of(submissions.toFile()), Set.of());
        if (baseCode.isPresent()) {
            Path base = staging.resolve("skeleton");
            try {
                FileTrees.copy(baseCode.get(), base, file -> file.toString().endsWith(".java"));
                return JPlag.run(options.withBaseCodeSubmissionDirectory(base.toFile()));
            } catch (ExitException | IOException | RuntimeException skeletonNotUsable) {
                warnings.println("similarity of " + exercise.id() + ": the skeleton could not serve as base code ("
                        + skeletonNotUsable.getMessage() + "); comparing without it");
            }
        }
        try {
            return JPlag.run(options);
        } catch (ExitException | RuntimeException failed) {
            warnings.println("similarity of " + exercise.id() + " not computed: " + failed.getMessage());
            return null;
        }
    }

    private static SimilarPair pair(ExerciseDescriptor exercise, JPlagComparison comparison) {
        List<Token> first = comparison.firstSubmission().getTokenList();
        List<Token> second = comparison.secondSubmission().getTokenList();
        List<SimilarPair.MatchedLines> lines = new ArrayList<>();
        for (Match match : comparison.matches()) {
            Token firstStart = first.get(match.startOfFirst());
            Token firstEnd = first.get(match.endOfFirst());
            Token secondStart = second.get(match.startOfSecond());
            Token secondEnd = second.get(match.endOfSecond());
            lines.add(new SimilarPair.MatchedLines(
                    relativeName(comparison.firstSubmission(), firstStart), firstStart.getLine(), firstEnd.getLine(),
                    relativeName(comparison.secondSubmission(), secondStart), secondStart.getLine(), secondEnd.getLine()));
        }
        return new SimilarPair(exercise.id(), comparison.firstSubmission().getName(),
                comparison.secondSubmission().getName(), comparison.similarity(), lines);
    }

    private static String relativeName(Submission submission, Token token) {
        return submission.getRoot().toPath().relativize(token.getFile().toPath()).toString().replace(File.separatorChar, '/');
    }

    private void addSources(Map<String, Map<String, Map<String, String>>> sources, String student,
                            ExerciseDescriptor exercise) throws IOException {
        Map<String, String> files = sources.computeIfAbsent(student, name -> new TreeMap<>())
                .computeIfAbsent(exercise.id(), id -> new TreeMap<>());
        if (!files.isEmpty()) {
            return;
        }
        Path folder = packageFolder(sourceRoots.get(student), exercise);
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                files.put(folder.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private static Path packageFolder(Path sourceRoot, ExerciseDescriptor exercise) {
        return sourceRoot.resolve(exercise.packageName().replace('.', File.separatorChar));
    }
}
