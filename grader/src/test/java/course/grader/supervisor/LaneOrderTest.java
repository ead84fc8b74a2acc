package course.grader.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The order exercises enter the grading lanes in. */
class LaneOrderTest {

    private final List<ExerciseDescriptor> course = List.copyOf(ExerciseCatalog.load().all());

    @Test
    void theExerciseThatWaitsForChildrenStartsFirstThenTheHeaviest() {
        List<String> order = LaneOrder.longestFirst(course).stream().map(index -> course.get(index).id()).toList();

        assertEquals("ipc", order.getFirst());
        assertEquals("counter", order.get(1), "two model-checking or jcstress checks weigh most: " + order);
        assertEquals("alternation", order.getLast(), "no model checking and the fewest checks but one: " + order);
    }

    @Test
    void everyExerciseStartsOnce() {
        List<Integer> order = LaneOrder.longestFirst(course);

        assertEquals(IntStream.range(0, course.size()).boxed().toList(), order.stream().sorted().toList());
    }
}
