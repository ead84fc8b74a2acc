package course.grader.cli;

import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.compile.SubmissionCompiler;
import course.grader.io.FileTrees;
import course.grader.io.FlatUpload;
import course.grader.io.SubmissionCopy;
import course.grader.report.ConsoleReport;
import course.grader.report.Grade;
import course.grader.report.GradeLine;
import course.grader.report.ReportWriter;
import course.grader.supervisor.Grading;
import course.grader.supervisor.JvmSettings;
import course.grader.template.GradescopeExporter;
import course.grader.template.TemplateExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The grader's command line.
 *
 * <pre>
 * grade &lt;submission-folder&gt; [--out=folder] [--exercise=id,…] [--name=label] [--parallel=n] [--quiet]
 *     compile a submission's exercise sources and grade them (the teacher's command), n exercises
 *     at a time (two per processor, at most 4, by default)
 * grade-class &lt;class-folder&gt; [--out=folder] [--jobs=n] [--shard=k/n] [--timeout=minutes] [--reference] [--kit=folder] [--exercise=id,…]
 *     grade every student's sub-folder, each in its own process, and write the class report
 * merge-class &lt;graded-folder&gt;… [--out=folder] [--kit=folder] [--exercise=id,…]
 *     merge the outputs of grade-class shards into one class report
 * grade-classes &lt;classes-folder&gt; [--out=folder] [--exercise=id,…] [--name=label] [--parallel=n]
 *     grade classes compiled already (what mvn verify runs)
 * list
 *     the exercises and their checks
 * export-template &lt;new-folder&gt; [--kit=kit-root]
 *     the student template for GitHub Classroom: no solutions, no grader tests
 * arrange &lt;upload-folder&gt; &lt;new-submission-folder&gt;
 *     put Java files uploaded as they came (Gradescope's) into the kit's layout, by their package
 * export-gradescope &lt;new-folder&gt;
 *     the Gradescope autograder (setup.sh, run_autograder, this grader.jar, autograder.zip)
 * </pre>
 *
 * Exit code: 0 when every check passed, 1 when some check failed, 2 on a usage or internal error.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar grader.jar grade <submission-folder> [--out=folder] [--exercise=id,...] [--name=label] [--parallel=n] [--quiet]
                   java -jar grader.jar grade-class <class-folder> [--out=folder] [--jobs=n] [--shard=k/n] [--timeout=minutes] [--reference] [--kit=folder] [--exercise=id,...]
                   java -jar grader.jar merge-class <graded-folder>... [--out=folder] [--kit=folder] [--exercise=id,...]
                   java -jar grader.jar grade-classes <classes-folder> [--out=folder] [--exercise=id,...] [--name=label] [--parallel=n]
                   java -jar grader.jar list
                   java -jar grader.jar export-template <new-folder> [--kit=kit-root]
                   java -jar grader.jar arrange <upload-folder> <new-submission-folder>
                   java -jar grader.jar export-gradescope <new-folder>""";

    /**
     * What {@code grade} and {@code grade-classes} take. {@code print-grade-json} is how grade-class
     * hears each submission's grade from the JVM that graded it.
     */
    private static final Set<String> GRADE_OPTIONS = Set.of("out", "exercise", "name", "parallel", "quiet",
            "print-grade-json", "allow-uncontained");

    /** The exit code of a usage error or of a failure of the grader itself: never a grade. */
    public static final int GRADER_FAILED = 2;

    private Main() {
    }

    /**
     * Runs one command and exits with its code. A failure of the grader itself exits with
     * {@value #GRADER_FAILED} and says so, so that no build or workflow reads it as a grade.
     */
    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(args);
        } catch (Throwable graderFailure) {
            System.err.println("grader: the grader failed (this is not your code's fault): " + graderFailure);
            graderFailure.printStackTrace();
            exitCode = GRADER_FAILED;
        }
        System.exit(exitCode);
    }

    /** Runs one command in this JVM and returns its exit code (student code still runs in checking JVMs). */
    public static int run(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        try {
            return switch (arguments.command()) {
                case "grade" -> grade(arguments.accepting(1, GRADE_OPTIONS), false);
                case "grade-classes" -> grade(arguments.accepting(1, GRADE_OPTIONS), true);
                case "grade-class" -> ClassCommands.gradeClass(arguments.accepting(1, Set.of("out", "jobs", "shard",
                        "timeout", "reference", "kit", "exercise", "allow-uncontained")));
                case "merge-class" -> ClassCommands.mergeClass(arguments.accepting(Integer.MAX_VALUE,
                        Set.of("out", "kit", "exercise")));
                case "list" -> {
                    arguments.accepting(0, Set.of());
                    yield list();
                }
                case "export-template" -> exportTemplate(arguments.accepting(1, Set.of("kit")));
                case "arrange" -> arrange(arguments.accepting(2, Set.of()));
                case "export-gradescope" -> exportGradescope(arguments.accepting(1, Set.of()));
                default -> usage(arguments.command().equals("help") ? null : "unknown command " + arguments.command());
            };
        } catch (Arguments.UsageException e) {
            return usage(e.getMessage());
        }
    }

    private static int grade(Arguments arguments, boolean compiled) throws Exception {
        Path input = Path.of(arguments.requiredPositional(0, compiled ? "the classes folder" : "the submission folder"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(input)) {
            return usage("no such folder: " + input);
        }
        JvmSettings settings = JvmSettings.inheritFromThisJvm();
        if (!compiled && refusesUncontained(arguments, settings)) {
            return GRADER_FAILED;
        }
        List<ExerciseDescriptor> exercises = arguments.option("exercise", "", ExerciseCatalog.load()::select);
        String name = arguments.option("name", input.getFileName().toString());
        boolean printJson = arguments.options().containsKey("print-grade-json");
        Path out = Path.of(arguments.option("out", "grade-" + name)).toAbsolutePath().normalize();
        Optional<String> refused = ReportWriter.refusal(out);
        if (refused.isPresent()) {
            return usage(refused.get());
        }
        int lanes = arguments.option("parallel", String.valueOf(Grading.defaultLanes()), ClassCommands::atLeastOne);
        Path work = Files.createTempDirectory("grader-" + name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-");

        Grading grading = new Grading(settings, work, lanes);
        Grade grade;
        try {
            grade = compiled ? grading.gradeClasses(name, input, exercises)
                    : grading.gradeSources(name, SubmissionCopy.make(SubmissionCompiler.sourceRoot(input),
                            work.resolve("submission")), exercises);
        } finally {
            FileTrees.delete(work);
        }
        if (printJson) {
            System.out.println(GradeLine.format(grade));
            return grade.allPassed() ? 0 : 1;
        }
        ReportWriter.write(grade, out);
        if (!arguments.options().containsKey("quiet")) {
            System.out.print(ConsoleReport.render(grade, out.resolve("grade.json") + ", " + out.resolve("grade.md")));
        }
        return grade.allPassed() ? 0 : 1;
    }

    /**
     * A grade of record ({@code grade}, {@code grade-class}) is refused where the operating system
     * cannot contain student code, unless the teacher accepts that with {@code --allow-uncontained}.
     */
    static boolean refusesUncontained(Arguments arguments, JvmSettings settings) {
        if (settings.containment().contained() || arguments.options().containsKey("allow-uncontained")) {
            return false;
        }
        System.err.println("grader: this machine offers no containment for student code ("
                + settings.containment().description() + "), so a grade of record is refused here."
                + " Grade on Linux, where util-linux's unshare contains it, or pass --allow-uncontained to accept"
                + " that processes a submission starts may outlive its grading (see SECURITY.md).");
        return true;
    }

    private static int exportTemplate(Arguments arguments) throws IOException {
        Path target = Path.of(arguments.requiredPositional(0, "the folder to export to")).toAbsolutePath().normalize();
        Path kit = Path.of(arguments.option("kit", ".")).toAbsolutePath().normalize();
        new TemplateExporter(kit).exportTo(target);
        System.out.println("Student template written to " + target + " (no solutions, no grader tests).");
        return 0;
    }

    private static int exportGradescope(Arguments arguments) throws Exception {
        Path target = Path.of(arguments.requiredPositional(0, "the folder to export to")).toAbsolutePath().normalize();
        Path running = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(running)) {
            return usage("export-gradescope copies the grader's jar: run it as java -jar grader/target/grader.jar");
        }
        GradescopeExporter.exportTo(target, running);
        System.out.println("Gradescope autograder written to " + target.resolve(GradescopeExporter.ZIP)
                + " (setup.sh, run_autograder and grader.jar at its root; the same files beside it).");
        return 0;
    }

    /** Puts Java files uploaded as they came (Gradescope's) into the kit's layout, by their package declarations. */
    private static int arrange(Arguments arguments) throws IOException {
        Path upload = Path.of(arguments.requiredPositional(0, "the folder of uploaded files"));
        Path submission = Path.of(arguments.requiredPositional(1, "the new submission folder"));
        if (!Files.isDirectory(upload)) {
            return usage("no such folder: " + upload);
        }
        FlatUpload arranged = FlatUpload.arrange(upload, submission);
        arranged.placed().forEach(placed -> System.out.println("placed   " + placed));
        arranged.leftOut().forEach(left -> System.out.println("left out " + left));
        return 0;
    }

    private static int list() {
        for (ExerciseDescriptor exercise : ExerciseCatalog.load().all()) {
            System.out.printf("%s — %s (%d points)%n", exercise.id(), exercise.title(), exercise.maxScore());
            for (CheckDescriptor check : exercise.checks()) {
                System.out.printf("    %-28s %-12s %2d  %s%n", check.id(), check.kind().label(), check.points(), check.title());
            }
        }
        return 0;
    }

    static int usage(String problem) {
        if (problem != null) {
            System.err.println("grader: " + problem);
        }
        System.err.println(USAGE);
        return GRADER_FAILED;
    }
}
