package course.grader.api;

import java.util.List;
import java.util.Set;

/**
 * One exercise of the course and the checks that grade it. Implementations are registered in
 * {@code META-INF/services/course.grader.api.Exercise}, in the order the course teaches them;
 * adding an exercise touches no engine code.
 */
public interface Exercise {

    /** The exercise's id, also the last segment of its package ({@code course.<id>}). */
    String id();

    /** A short title for reports. */
    String title();

    /** The checks, in the order they run. */
    List<Class<? extends CheckBody>> checks();

    /**
     * What the student's code may do beyond plain Java in this exercise; none by default. Code
     * that uses a capability the exercise does not grant is flagged and scores 0.
     */
    default Set<Capability> capabilities() {
        return Set.of();
    }

    /**
     * The skeleton's files the student must not change (none by default): the grader compiles the
     * kit's copies of them in place of the student's, and the gate exempts them as the kit's code.
     * Each must be listed for copying among the grader's resources (see the grader's {@code pom.xml}).
     */
    default List<GivenSource> givenSources() {
        return List.of();
    }

    /** The package that holds the student's classes for this exercise. */
    default String packageName() {
        return "course." + id();
    }
}
