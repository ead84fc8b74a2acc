package course.grader.harness;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A snapshot of the plain (not volatile) places of a student's object — its instance fields, the
 * static fields of its classes, the elements of the arrays they hold, and the same again in every
 * object of the student's code reached — each named as the student's code names it
 * ({@code flag}, {@code box[0]}, {@code state.raised}). Compared with a later snapshot, it tells
 * which plain places a call wrote: a write no lock's unlock or volatile write orders before what
 * the writing thread does next. Volatile fields and what the JDK's atomics hold are not plain.
 */
public final class PlainState {

    /** How deep into nested objects and arrays the snapshot goes. */
    private static final int DEPTH = 4;
    /** The most elements of one array looked at. */
    private static final int ELEMENTS = 64;

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

    /** The plain places reachable from {@code target}, and what each holds now. */
    public static PlainState of(Object target) {
        Map<String, Held> places = new LinkedHashMap<>();
        new Walk(places).object(target, "", 0);
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

    private static final class Walk {

        private final Map<String, Held> places;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Set<Class<?>> classesSeen = new HashSet<>();

        Walk(Map<String, Held> places) {
            this.places = places;
        }

        void object(Object value, String path, int depth) {
            if (value == null || depth > DEPTH || !seen.add(value)) {
                return;
            }
            if (value.getClass().isArray()) {
                Class<?> element = value.getClass().getComponentType();
                for (int index = 0; index < Math.min(Array.getLength(value), ELEMENTS); index++) {
                    place(path + "[" + index + "]", Array.get(value, index), element.isPrimitive(), depth);
                }
            } else if (StudentCode.isStudentClass(value.getClass().getName())) {
                for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                    boolean staticsToo = classesSeen.add(type);
                    for (Field field : type.getDeclaredFields()) {
                        boolean isStatic = Modifier.isStatic(field.getModifiers());
                        if (!isStatic || staticsToo) {
                            field(field, isStatic ? null : value, path, depth);
                        }
                    }
                }
            }
        }

        private void field(Field field, Object owner, String path, int depth) {
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(owner);
            } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                return;
            }
            String name = (path.isEmpty() ? "" : path + ".") + field.getName();
            if (Modifier.isVolatile(field.getModifiers())) {
                object(value, name, depth + 1);
            } else {
                place(name, value, field.getType().isPrimitive(), depth);
            }
        }

        private void place(String name, Object value, boolean primitive, int depth) {
            places.put(name, new Held(value, primitive));
            if (!primitive) {
                object(value, name, depth + 1);
            }
        }
    }
}
