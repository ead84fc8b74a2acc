package course.grader.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of the plain (not volatile) places of a student's object, wherever it keeps them
 * ({@link ReachablePlaces}), each named as the student's code names it ({@code flag},
 * {@code box[0]}, {@code state.raised}). Compared with a later snapshot, it tells
 * which plain places a call wrote: a write no lock's unlock or volatile write orders before what
 * the writing thread does next. Volatile fields and what the JDK's atomics hold are not plain.
 */
public final class PlainState {

    /** What a place held: a primitive's value, or a reference compared by identity. */
    private record Held(Object value, boolean primitive) {

        boolean sameAs(Held other) {
            return primitive ? Objects.equals(value, other.value) : value == other.value;
        }
    }

    private final Map<String, Held> places;

    private PlainState(Map<String, Held> places) {
        this.places = places;
    }

    /** The plain places reachable from {@code target} ({@link ReachablePlaces}), and what each holds now. */
    public static PlainState of(Object target) {
        Map<String, Held> places = new LinkedHashMap<>();
        ReachablePlaces.walk(target, place -> {
            if (place.plain()) {
                places.put(place.name(), new Held(place.value(), place.primitive()));
            }
        });
        return new PlainState(places);
    }

    /** The plain places, by their names in the student's code, that hold something else in {@code later}. */
    public List<String> changedIn(PlainState later) {
        List<String> changed = new ArrayList<>();
        places.forEach((name, held) -> {
            Held now = later.places.get(name);
            if (now != null && !held.sameAs(now)) {
                changed.add(name);
            }
        });
        return changed;
    }
}
