package course.grader.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Exercise;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A check may require only another check of its own exercise, and the catalogue says so when it loads. */
class RequiredChecksTest {

    @CheckInfo(id = "does-the-work", kind = CheckKind.FUNCTIONAL, points = 1, title = "the work is done")
    public static final class DoesTheWork implements CheckBody {
        @Override
        public void run(CheckContext context) {
        }
    }

    @CheckInfo(id = "nothing-goes-wrong", kind = CheckKind.FUNCTIONAL, points = 1, requires = "does-the-work",
            title = "nothing goes wrong while it is done")
    public static final class NothingGoesWrong implements CheckBody {
        @Override
        public void run(CheckContext context) {
        }
    }

    @CheckInfo(id = "requires-a-stranger", kind = CheckKind.FUNCTIONAL, points = 1, requires = "no-such-check",
            title = "requires a check the exercise does not have")
    public static final class RequiresAStranger implements CheckBody {
        @Override
        public void run(CheckContext context) {
        }
    }

    private record Sample(List<Class<? extends CheckBody>> checks) implements Exercise {
        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String title() {
            return "sample";
        }
    }

    @Test
    void aCheckRequiresAnotherCheckOfItsExercise() {
        ExerciseDescriptor exercise = ExerciseDescriptor.of(new Sample(List.of(DoesTheWork.class, NothingGoesWrong.class)));
        assertEquals(List.of("does-the-work"), exercise.check("nothing-goes-wrong").requires());
        assertEquals(List.of(), exercise.check("does-the-work").requires());
    }

    @Test
    void aPartOfTheExerciseBringsTheChecksItRequires() {
        ExerciseDescriptor exercise = ExerciseDescriptor.of(new Sample(List.of(DoesTheWork.class, NothingGoesWrong.class)));
        assertEquals(List.of("does-the-work", "nothing-goes-wrong"),
                exercise.limitedTo(Set.of("nothing-goes-wrong")).checks().stream().map(CheckDescriptor::id).toList());
        assertEquals(List.of("does-the-work"),
                exercise.limitedTo(Set.of("does-the-work")).checks().stream().map(CheckDescriptor::id).toList());
    }

    @Test
    void aRequiredCheckTheExerciseLacksStopsTheCatalogueLoading() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ExerciseDescriptor.of(new Sample(List.of(DoesTheWork.class, RequiresAStranger.class))));
        assertTrue(refused.getMessage().contains("requires 'no-such-check'"), refused.getMessage());
    }
}
