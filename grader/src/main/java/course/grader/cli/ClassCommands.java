package course.grader.cli;

import course.grader.batch.ClassGrading;
import course.grader.batch.ResultStore;
import course.grader.batch.Shard;
import course.grader.batch.Submission;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.supervisor.JvmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The teacher's commands over a whole class: {@code grade-class} and {@code merge-class}. */
final class ClassCommands {

    private static final String DEFAULT_OUTPUT = "class-report";
    private static final String DEFAULT_TIMEOUT_MINUTES = "10";

    private ClassCommands() {
    }

    static int gradeClass(Arguments arguments) throws IOException, InterruptedException {
        Path classFolder = existingFolder(arguments.requiredPositional(0, "the class folder (one sub-folder per student)"));
        int jobs = arguments.option("jobs", String.valueOf(Runtime.getRuntime().availableProcessors()),
                ClassCommands::atLeastOne);
        boolean reference = arguments.options().containsKey("reference");
        if (reference) {
            Arguments.given(() -> Submission.referenceIn(kit(arguments)));
        }
        JvmSettings settings = JvmSettings.inheritFromThisJvm();
        if (Main.refusesUncontained(arguments, settings)) {
            return Main.GRADER_FAILED;
        }
        ClassGrading.Options options = new ClassGrading.Options(
                classFolder,
                outputFolder(arguments),
                exercises(arguments),
                jobs,
                arguments.option("shard", Shard.WHOLE_CLASS.toString(), Shard::parse),
                arguments.option("timeout", DEFAULT_TIMEOUT_MINUTES, minutes -> Duration.ofMinutes(atLeastOne(minutes))),
                reference,
                kit(arguments));
        new ClassGrading(options, settings, System.out).run();
        return 0;
    }

    static int mergeClass(Arguments arguments) throws IOException {
        if (arguments.positional().isEmpty()) {
            throw new Arguments.UsageException("missing the graded folders to merge");
        }
        Path out = outputFolder(arguments);
        ResultStore merged = new ResultStore(out);
        for (String shard : arguments.positional()) {
            merged.addAll(new ResultStore(existingFolder(shard)));
        }
        ClassGrading.writeReport(out, exercises(arguments), kit(arguments), merged, System.out);
        return 0;
    }

    private static List<ExerciseDescriptor> exercises(Arguments arguments) {
        return arguments.option("exercise", "", ExerciseCatalog.load()::select);
    }

    /** A count the user gave, 1 or more. */
    static int atLeastOne(String count) {
        int parsed = Integer.parseInt(count);
        if (parsed < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return parsed;
    }

    private static Path outputFolder(Arguments arguments) {
        return Path.of(arguments.option("out", DEFAULT_OUTPUT)).toAbsolutePath().normalize();
    }

    private static Path kit(Arguments arguments) {
        return Path.of(arguments.option("kit", ".")).toAbsolutePath().normalize();
    }

    private static Path existingFolder(String name) {
        Path folder = Path.of(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new Arguments.UsageException("no such folder: " + folder);
        }
        return folder;
    }
}
