package course.grader.supervisor.probe;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Exercise;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An exercise whose one check plants a class file in the folder of graded classes, as code that
 * got past the gate could to have other classes graded in place of the student's. Not registered
 * in the catalogue; GradingTest hands it to the grading directly.
 */
public final class RewritingExercise implements Exercise {

    @Override
    public String id() {
        return "rewriting";
    }

    @Override
    public String title() {
        return "Engine probe: rewrites the graded classes";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(PlantsAClass.class);
    }

    /** Passes, after writing a class file into the graded folder: the last entry of its class path. */
    @CheckInfo(id = "plants-a-class", kind = CheckKind.FUNCTIONAL, points = 1, title = "passes, planting a class file")
    public static final class PlantsAClass implements CheckBody {
        @Override
        public void run(CheckContext context) throws Exception {
            String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
            Path graded = Path.of(classPath[classPath.length - 1]);
            Files.createDirectories(graded.resolve("course/rewriting"));
            Files.write(graded.resolve("course/rewriting/Planted.class"), new byte[] {(byte) 0xCA, (byte) 0xFE});
        }
    }
}
