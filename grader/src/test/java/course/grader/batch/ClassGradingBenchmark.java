package course.grader.batch;

import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.classreport.ClassReport;
import course.grader.classreport.StudentRow;
import course.grader.selfcheck.Implementation;
import course.grader.selfcheck.Implementations;
import course.grader.supervisor.JvmSettings;
import course.grader.testing.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long {@code grade-class} takes for 20 submissions of every core exercise on this machine,
 * as many at a time as it has cores. The class is made of the self-check's implementations, drawn
 * (with a fixed seed) the way a class hands them in: per exercise, 60% correct (the reference or an
 * alternative written differently), 25% with one of the bugs the checks are about (a mutant, whose
 * failing checks cost their bounds), 15% not started (the skeleton). Target: under 8 minutes on 2 cores.
 */
@Tag("benchmark")
class ClassGradingBenchmark {

    private static final int STUDENTS = 20;

    @Test
    void gradeTwentySubmissions(@TempDir Path work) throws Exception {
        List<ExerciseDescriptor> exercises = List.copyOf(ExerciseCatalog.load().all());
        Path classFolder = work.resolve("class");
        for (int student = 0; student < STUDENTS; student++) {
            writeSubmission(classFolder.resolve("student-%02d".formatted(student + 1)), student, exercises);
        }
        int jobs = Runtime.getRuntime().availableProcessors();
        ClassGrading.Options options = new ClassGrading.Options(classFolder, work.resolve("report"), exercises, jobs,
                Shard.WHOLE_CLASS, Duration.ofMinutes(10), false, SourceTree.KIT_ROOT);

        long start = System.nanoTime();
        ClassReport report = new ClassGrading(options, JvmSettings.inheritFromThisJvm(), System.out).run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<Long> perSubmission = report.students().stream().map(StudentRow::durationMs).sorted().toList();
        Map<String, Integer> statuses = new TreeMap<>();
        report.students().forEach(row -> statuses.merge(row.status().label(), 1, Integer::sum));
        System.out.printf("BENCHMARK grade-class: %d submissions x %d exercises, %d at a time: %s total "
                        + "(target < 8:00); per submission median %.1f s, max %.1f s; %s; index.html %d KB%n",
                STUDENTS, exercises.size(), jobs, Progress.minutesAndSeconds(took),
                perSubmission.get(perSubmission.size() / 2) / 1000.0, perSubmission.getLast() / 1000.0, statuses,
                Files.size(work.resolve("report/index.html")) / 1024);
    }

    /** Student {@code n}'s submission: for each exercise, a correct, buggy or unstarted implementation. */
    private static void writeSubmission(Path folder, int n, List<ExerciseDescriptor> exercises) throws IOException {
        Path sourceRoot = folder.resolve("exercises/src/main/java");
        Implementations implementations = new Implementations(SourceTree.KIT_ROOT);
        Random draw = new Random(n);
        for (ExerciseDescriptor exercise : exercises) {
            Implementation chosen = pick(implementations.of(exercise.id()), draw);
            Path packagePath = Path.of(exercise.packageName().replace('.', '/'));
            SourceTree.copyJava(chosen.sources().resolve(packagePath), sourceRoot.resolve(packagePath));
            if (chosen.overlay() != null && Files.isDirectory(chosen.overlay().resolve(packagePath))) {
                SourceTree.copyJava(chosen.overlay().resolve(packagePath), sourceRoot.resolve(packagePath));
            }
        }
    }

    private static Implementation pick(List<Implementation> implementations, Random draw) {
        double roll = draw.nextDouble();
        Predicate<Implementation> kind = roll < 0.60 ? implementation -> implementation.kind().mustPassAll()
                : roll < 0.85 ? implementation -> implementation.kind() == Implementation.Kind.MUTANT
                : implementation -> implementation.kind() == Implementation.Kind.SKELETON;
        List<Implementation> candidates = implementations.stream().filter(kind).toList();
        return candidates.get(draw.nextInt(candidates.size()));
    }
}
