package course.grader.classreport;

import course.grader.api.BoundedText;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 *
 * <p>Whatever JPlag throws costs only its part. Each exercise is compared on a thread of its own
 * with a big, bounded stack and a time bound ({@link IsolatedStep}); when the comparison of an
 * exercise fails, each submission is parsed alone, those whose sources break the parser are left
 * out (and named), and the others are compared again. Every such loss is in {@link Found#problems()}.
 */
final class SimilarityFinder {

    /** JPlag compares a class's exercise in seconds; a comparison still running after this is not going to end. */
    static final Duration BOUND_PER_EXERCISE = Duration.ofMinutes(10);

    /** What JPlag is asked to do: the seam through which a test makes it fail. */
    interface Engine {
        JPlagResult compare(JPlagOptions options) throws ExitException;

        /** Parses one submission's files alone, as the comparison would. */
        void parse(Set<File> files) throws Exception;
    }

    static final Engine JPLAG = new Engine() {
        @Override
        public JPlagResult compare(JPlagOptions options) throws ExitException {
            return JPlag.run(options);
        }

        @Override
        public void parse(Set<File> files) throws Exception {
            new JavaLanguage().parse(files, false);
        }
    };

    /**
     * @param pairs    the similar pairs of every exercise, most alike first within an exercise
     * @param sources  the files of every student named in a pair, for that exercise: student → exercise → file → text
     * @param problems the parts that could not be compared, and why
     */
    record Found(List<SimilarPair> pairs, Map<String, Map<String, Map<String, String>>> sources, List<String> problems) {
    }

    private final Map<String, GradedSources> students;
    private final Optional<Path> skeletonRoot;
    private final double threshold;
    private final int pairsPerExercise;
    private final Engine engine;

    /**
     * @param students         student → the sources that were graded
     * @param skeletonRoot     the root of the skeleton's sources, whose code is not counted, if known
     * @param threshold        the least similarity (0 to 1) a pair must reach to be reported
     * @param pairsPerExercise at most this many pairs per exercise, the most alike
     */
    SimilarityFinder(Map<String, GradedSources> students, Optional<Path> skeletonRoot, double threshold,
                     int pairsPerExercise, Engine engine) {
        this.students = new TreeMap<>(students);
        this.skeletonRoot = skeletonRoot;
        this.threshold = threshold;
        this.pairsPerExercise = pairsPerExercise;
        this.engine = engine;
    }

    Found find(List<ExerciseDescriptor> exercises) throws IOException {
        List<SimilarPair> pairs = new ArrayList<>();
        Map<String, Map<String, Map<String, String>>> sources = new TreeMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Path staging = Files.createTempDirectory("similarity-");
        try {
            for (ExerciseDescriptor exercise : exercises) {
                List<SimilarPair> found = find(exercise, staging.resolve(exercise.id()), problems);
                for (SimilarPair pair : found) {
                    for (String student : List.of(pair.first(), pair.second())) {
                        sources.computeIfAbsent(student, name -> new TreeMap<>())
                                .put(exercise.id(), students.get(student).of(exercise.id()));
                    }
                }
                pairs.addAll(found);
            }
        } finally {
            FileTrees.delete(staging);
        }
        synchronized (problems) {
            return new Found(pairs, sources, List.copyOf(problems));
        }
    }

    private List<SimilarPair> find(ExerciseDescriptor exercise, Path staging, List<String> problems) throws IOException {
        Path submissions = staging.resolve("submissions");
        List<String> staged = new ArrayList<>();
        for (Map.Entry<String, GradedSources> student : students.entrySet()) {
            Map<String, String> files = student.getValue().of(exercise.id());
            if (!files.isEmpty() && isPlainName(student.getKey())) {
                stage(files, submissions.resolve(student.getKey()));
                staged.add(student.getKey());
            }
        }
        if (staged.size() < 2) {
            return List.of();
        }
        Optional<Path> baseCode = baseCode(exercise, staging);
        try {
            return IsolatedStep.call("similarity-" + exercise.id(), BOUND_PER_EXERCISE,
                    () -> compare(exercise, submissions, baseCode, problems));
        } catch (IsolatedStep.Failed failed) {
            List<String> unparsable = unparsable(submissions, staged);
            if (unparsable.isEmpty() || staged.size() - unparsable.size() < 2) {
                problems.add(problem("similarity of " + exercise.id() + " not computed: " + failed.getMessage()));
                return List.of();
            }
            for (String student : unparsable) {
                FileTrees.delete(submissions.resolve(student));
            }
            problems.add(problem("similarity of " + exercise.id() + ": the sources of " + String.join(", ", unparsable)
                    + " could not be parsed (" + failed.getMessage() + "); the others were compared"));
            try {
                return IsolatedStep.call("similarity-" + exercise.id(), BOUND_PER_EXERCISE,
                        () -> compare(exercise, submissions, baseCode, problems));
            } catch (IsolatedStep.Failed again) {
                problems.add(problem("similarity of " + exercise.id() + " not computed: " + again.getMessage()));
                return List.of();
            }
        }
    }

    /** The students whose sources the parser cannot take alone. */
    private List<String> unparsable(Path submissions, List<String> staged) throws IOException {
        List<String> unparsable = new ArrayList<>();
        for (String student : staged) {
            Set<File> files;
            try (Stream<Path> paths = Files.walk(submissions.resolve(student))) {
                files = Set.copyOf(paths.filter(Files::isRegularFile).map(Path::toFile).toList());
            }
            try {
                IsolatedStep.call("similarity-parse-" + student, BOUND_PER_EXERCISE, () -> {
                    engine.parse(files);
                    return null;
                });
            } catch (IsolatedStep.Failed failed) {
                unparsable.add(student);
            }
        }
        return unparsable;
    }

    private Optional<Path> baseCode(ExerciseDescriptor exercise, Path staging) throws IOException {
        Optional<Path> skeleton = skeletonRoot.map(root -> packageFolder(root, exercise)).filter(Files::isDirectory);
        if (skeleton.isEmpty()) {
            return Optional.empty();
        }
        Path base = staging.resolve("skeleton");
        FileTrees.copy(skeleton.get(), base, file -> file.toString().endsWith(".java"));
        return Optional.of(base);
    }

    private List<SimilarPair> compare(ExerciseDescriptor exercise, Path submissions, Optional<Path> baseCode,
                                      List<String> problems) throws ExitException {
        JPlagOptions options = new JPlagOptions(new JavaLanguage(), Set.of(submissions.toFile()), Set.of());
        JPlagResult result = null;
        if (baseCode.isPresent()) {
            try {
                result = engine.compare(options.withBaseCodeSubmissionDirectory(baseCode.get().toFile()));
            } catch (ExitException | RuntimeException skeletonNotUsable) {
                problems.add(problem("similarity of " + exercise.id() + ": the skeleton could not serve as base code ("
                        + skeletonNotUsable.getMessage() + "); compared without it"));
            }
        }
        if (result == null) {
            result = engine.compare(options);
        }
        return result.getAllComparisons().stream()
                .filter(comparison -> comparison.similarity() >= threshold)
                .sorted(Comparator.comparingDouble(JPlagComparison::similarity).reversed())
                .limit(pairsPerExercise)
                .map(comparison -> pair(exercise, comparison))
                .toList();
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

    private static void stage(Map<String, String> files, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (target.startsWith(folder)) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A student's name used as a folder: one segment, not hidden, not {@code ..}. */
    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0;
    }

    private static String problem(String text) {
        return BoundedText.cap(text, BoundedText.FIELD);
    }

    private static Path packageFolder(Path sourceRoot, ExerciseDescriptor exercise) {
        return sourceRoot.resolve(exercise.packageName().replace('.', File.separatorChar));
    }
}
