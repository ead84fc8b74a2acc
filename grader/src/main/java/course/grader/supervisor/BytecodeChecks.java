package course.grader.supervisor;

import course.grader.api.CheckFailure;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.execution.CheckRun;
import course.grader.report.CheckGrade;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs an exercise's architecture checks here, in the supervisor, instead of in a checking JVM.
 * They read the graded bytecode with ArchUnit and never load, let alone run, a class of the
 * submission (the supervisor does not even have those classes on its class path), so they need no
 * isolation; running them here spares every checking JVM a cold start of ArchUnit, about a second
 * each, since the architecture gate has already warmed it in this JVM. They run, and earn their
 * grade, as the other checks do: through {@link CheckRun} and {@link CheckGrade#of}.
 */
final class BytecodeChecks {

    private BytecodeChecks() {
    }

    /**
     * A rule that broke on the classes, rather than judging them (ArchUnit throws an
     * {@code AssertionError} for a class it cannot resolve, for instance): that costs this check only.
     */
    private static Feedback couldNotRead(Throwable failure) {
        return Feedback.expected("the grader to read your compiled classes for this rule")
                .observed("the rule broke on them with " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()))
                .cause("the classes use something this rule cannot follow; this is a limit of the grader's rule, which"
                        + " is why only this check is lost")
                .revisit("keep the exercise's classes plain: the given names, no generated or unusual bytecode");
    }

    static boolean runHere(CheckDescriptor check) {
        return check.kind() == CheckKind.ARCHITECTURE;
    }

    static CheckGrade run(CheckDescriptor check, Path gradedClasses) {
        CheckRun run = new CheckRun(check, gradedClasses);
        long start = System.nanoTime();
        Throwable thrown = run.runBody();
        long durationMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        Feedback feedback = switch (thrown) {
            case null -> null;
            case CheckFailure failure -> failure.feedback();
            default -> couldNotRead(thrown);
        };
        return CheckGrade.of(check, run.outcome(feedback, durationMs, null, false));
    }
}
