package course.grader.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import course.grader.testing.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each exercise's lesson (its package-info) is written once, in the skeleton; the reference
 * solutions carry a copy, so that a teacher who opens either reads the same lesson.
 */
class LessonCopiesTest {

    private static final Path SKELETONS = SourceTree.KIT_ROOT.resolve("exercises/src/main/java/course");
    private static final Path SOLUTIONS = SourceTree.KIT_ROOT.resolve("solutions/src/main/java/course");

    @Test
    void theSolutionsCarryTheSkeletonsLessonsWordForWord() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.walk(SKELETONS)) {
            lessons = files.filter(file -> file.getFileName().toString().equals("package-info.java")).toList();
        }
        assertFalse(lessons.isEmpty(), "no lesson found under " + SKELETONS);
        for (Path lesson : lessons) {
            Path copy = SOLUTIONS.resolve(SKELETONS.relativize(lesson).toString());
            assertEquals(Files.readString(lesson), Files.readString(copy),
                    copy + " differs from " + lesson + ": change the skeleton's lesson, then copy it");
        }
    }
}
