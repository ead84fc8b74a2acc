package course.grader.supervisor;

import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one exercise by running its checks in checking JVMs (all but the architecture checks,
 * which only read bytecode: {@link BytecodeChecks}). Scores come from the catalogue,
 * never from the checking JVM: it only says passed or failed, once per check, for the check the
 * supervisor expects next. A JVM that hangs past a check's bound, exits or crashes costs that
 * check; the remaining checks run in a new JVM. What the supervisor expects of one JVM, and when
 * it gives up on it, is {@link JvmSession}'s.
 */
public final class Supervisor {

    private final JvmSettings settings;

    public Supervisor(JvmSettings settings) {
        this.settings = settings;
    }

    public ExerciseGrade grade(ExerciseDescriptor exercise, Path gradedClasses, Path workRoot) throws IOException, InterruptedException {
        Map<String, CheckGrade> results = new LinkedHashMap<>();
        List<CheckDescriptor> pending = new ArrayList<>();
        for (CheckDescriptor check : exercise.checks()) {
            if (BytecodeChecks.runHere(check)) {
                results.put(check.id(), BytecodeChecks.run(check, gradedClasses));
            } else {
                pending.add(check);
            }
        }
        while (!pending.isEmpty()) {
            // Every session settles at least the check it was expecting, so this loop ends.
            for (CheckGrade grade : runInOneJvm(exercise, gradedClasses, workRoot, pending)) {
                results.put(grade.id(), grade);
                pending.removeIf(check -> check.id().equals(grade.id()));
            }
        }
        List<CheckGrade> ordered = exercise.checks().stream().map(check -> results.get(check.id())).toList();
        return ExerciseGrade.graded(exercise.id(), exercise.title(), ordered);
    }

    /** Runs {@code pending} in one checking JVM for as long as it can, and returns the grades it settled. */
    private List<CheckGrade> runInOneJvm(ExerciseDescriptor exercise, Path gradedClasses, Path workRoot,
                                         List<CheckDescriptor> pending) throws IOException, InterruptedException {
        try (CheckingJvm jvm = CheckingJvm.start(settings, gradedClasses, exercise.definition().getName(),
                pending.stream().map(CheckDescriptor::id).toList(),
                pending.stream().flatMap(check -> check.javaAgents().stream()).distinct().toList(),
                workRoot.resolve(exercise.id()))) {
            JvmSession session = new JvmSession(pending);
            while (!session.over()) {
                session.hear(jvm.next(session.patience()));
            }
            return session.settled();
        }
    }
}
