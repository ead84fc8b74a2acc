package course.grader.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.ExerciseGrade;
import course.grader.report.ExerciseStatus;
import course.grader.supervisor.probe.RewritingExercise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a grading does about its own integrity, beyond what one checking JVM's supervisor sees. */
class GradingTest {

    @Test
    void classesRewrittenWhileTheyAreGradedFlagTheGrade(@TempDir Path work) throws Exception {
        Path classes = Files.createDirectories(work.resolve("compiled"));
        ExerciseGrade grade = new Grading(JvmSettings.inheritFromThisJvm(), work.resolve("grading"), 1)
                .gradeClasses("probe", classes, List.of(ExerciseDescriptor.of(RewritingExercise.class)))
                .exercises().get(0);

        assertEquals(ExerciseStatus.FLAGGED, grade.status(), grade.note());
        assertEquals(0, grade.score());
        assertTrue(grade.note().contains("changed while they were being graded"), grade.note());
    }
}
