package course.grader.catalog;

import course.grader.api.Capability;
import course.grader.api.Exercise;
import course.grader.api.GivenSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/** An exercise with its checks resolved from their annotations, and the skeleton's files it gives. */
public record ExerciseDescriptor(String id, String title, String packageName, List<CheckDescriptor> checks,
                                 Set<Capability> capabilities, List<GivenSource> givenSources,
                                 Class<? extends Exercise> definition) {

    /** Describes the exercise defined by a class with a public no-argument constructor. */
    public static ExerciseDescriptor of(Class<? extends Exercise> definition) throws ReflectiveOperationException {
        return of(definition.getDeclaredConstructor().newInstance());
    }

    static ExerciseDescriptor of(Exercise exercise) {
        List<CheckDescriptor> checks = exercise.checks().stream()
                .map(body -> CheckDescriptor.of(exercise.id(), body))
                .toList();
        long distinct = checks.stream().map(CheckDescriptor::id).distinct().count();
        if (distinct != checks.size()) {
            throw new IllegalStateException("exercise " + exercise.id() + " has two checks with the same id");
        }
        Set<String> ids = checks.stream().map(CheckDescriptor::id).collect(Collectors.toSet());
        for (CheckDescriptor check : checks) {
            for (String required : check.requires()) {
                if (!ids.contains(required) || required.equals(check.id())) {
                    throw new IllegalStateException("check " + exercise.id() + "/" + check.id() + " requires '" + required
                            + "', which is not another check of the exercise");
                }
            }
        }
        return new ExerciseDescriptor(exercise.id(), exercise.title(), exercise.packageName(), checks,
                Set.copyOf(exercise.capabilities()), List.copyOf(exercise.givenSources()), exercise.getClass());
    }

    /**
     * The same exercise with only the checks named and the checks they require, in the exercise's
     * order: to grade a part of it, each check counting as it would in the whole.
     */
    public ExerciseDescriptor limitedTo(Set<String> checkIds) {
        Set<String> kept = new HashSet<>();
        Deque<String> toKeep = new ArrayDeque<>(checkIds);
        while (!toKeep.isEmpty()) {
            String next = toKeep.pop();
            if (kept.add(next)) {
                toKeep.addAll(check(next).requires());
            }
        }
        return new ExerciseDescriptor(id, title, packageName,
                checks.stream().filter(check -> kept.contains(check.id())).toList(), capabilities, givenSources,
                definition);
    }

    public int maxScore() {
        return checks.stream().mapToInt(CheckDescriptor::points).sum();
    }

    public CheckDescriptor check(String checkId) {
        return checks.stream()
                .filter(check -> check.id().equals(checkId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("exercise " + id + " has no check " + checkId));
    }
}
