package course.grader.catalog;

import course.grader.api.Exercise;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;

/**
 * Every exercise the grader knows, in course order, discovered through {@link ServiceLoader}.
 * Building the catalogue reads annotations only: no student class is loaded.
 */
public final class ExerciseCatalog {

    private final Map<String, ExerciseDescriptor> exercises = new LinkedHashMap<>();

    private ExerciseCatalog(Iterable<Exercise> exercises) {
        for (Exercise exercise : exercises) {
            ExerciseDescriptor descriptor = ExerciseDescriptor.of(exercise);
            if (this.exercises.putIfAbsent(descriptor.id(), descriptor) != null) {
                throw new IllegalStateException("two exercises are named " + descriptor.id());
            }
        }
    }

    public static ExerciseCatalog load() {
        return new ExerciseCatalog(ServiceLoader.load(Exercise.class, ExerciseCatalog.class.getClassLoader()));
    }

    public Collection<ExerciseDescriptor> all() {
        return exercises.values();
    }

    public ExerciseDescriptor exercise(String id) {
        ExerciseDescriptor exercise = exercises.get(id);
        if (exercise == null) {
            throw new NoSuchElementException("no exercise named '" + id + "'; known: " + String.join(", ", exercises.keySet()));
        }
        return exercise;
    }

    /** The exercises named in a comma-separated list, or all of them when it is blank. */
    public List<ExerciseDescriptor> select(String commaSeparatedIds) {
        if (commaSeparatedIds == null || commaSeparatedIds.isBlank()) {
            return List.copyOf(all());
        }
        return java.util.Arrays.stream(commaSeparatedIds.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .map(this::exercise)
                .toList();
    }
}
