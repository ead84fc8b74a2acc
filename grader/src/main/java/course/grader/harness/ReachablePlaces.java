package course.grader.harness;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A walk through what a student's object holds: its instance fields and the static fields of its
 * classes (once per class), the elements of the arrays, collections, maps and atomic references
 * they hold, and the same again in every object of the student's code reached. Each place is named
 * as the student's code names it ({@code flag}, {@code box[0]}, {@code state.raised}). What checks
 * look for in an object — the locks it synchronises on ({@link StudentLocks}), the plain places a
 * call writes ({@link PlainState}) — is found wherever the object keeps it, a one-element array or
 * a list as much as a field.
 */
final class ReachablePlaces {

    /** How deep into nested objects and containers the walk goes. */
    private static final int DEPTH = 6;
    /** The most elements of one array or collection looked at: further in is a data structure's content. */
    private static final int ELEMENTS = 64;

    /**
     * One place and what it holds now.
     *
     * @param plain whether a write to it is a plain one, ordered by nothing: a field that is not
     *              volatile, or an array element; the inside of the JDK's containers is not counted
     */
    record Place(String name, Object value, boolean primitive, boolean plain) {
    }

    private final Consumer<Place> visitor;
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> classesSeen = new HashSet<>();

    private ReachablePlaces(Consumer<Place> visitor) {
        this.visitor = visitor;
    }

    /** Visits {@code root} itself (as the place named "") and every place reachable from it. */
    static void walk(Object root, Consumer<Place> visitor) {
        new ReachablePlaces(visitor).place(new Place("", root, false, false), 0);
    }

    private void place(Place place, int depth) {
        visitor.accept(place);
        if (!place.primitive()) {
            contents(place.value(), place.name(), depth + 1);
        }
    }

    private void contents(Object value, String path, int depth) {
        if (value == null || depth > DEPTH || !seen.add(value)) {
            return;
        }
        switch (value) {
            case Collection<?> collection -> elements(collection.toArray(), path, false, false, depth);
            case Map<?, ?> map -> elements(map.values().toArray(), path, false, false, depth);
            case AtomicReference<?> reference -> place(new Place(path + ".get()", reference.get(), false, false), depth);
            default -> {
                if (value.getClass().isArray()) {
                    Object[] elements = new Object[Math.min(Array.getLength(value), ELEMENTS)];
                    Arrays.setAll(elements, index -> Array.get(value, index));
                    elements(elements, path, value.getClass().getComponentType().isPrimitive(), true, depth);
                } else if (StudentCode.isStudentClass(value.getClass().getName())) {
                    fields(value, path, depth);
                }
            }
        }
    }

    private void elements(Object[] elements, String path, boolean primitive, boolean plain, int depth) {
        for (int index = 0; index < Math.min(elements.length, ELEMENTS); index++) {
            place(new Place(path + "[" + index + "]", elements[index], primitive, plain), depth);
        }
    }

    private void fields(Object owner, String path, int depth) {
        for (Class<?> type = owner.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            boolean staticsToo = classesSeen.add(type);
            for (Field field : type.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (isStatic && !staticsToo) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(isStatic ? null : owner);
                    place(new Place((path.isEmpty() ? "" : path + ".") + field.getName(), value,
                            field.getType().isPrimitive(), !Modifier.isVolatile(field.getModifiers())), depth);
                } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                    // a field the grader cannot read holds nothing it can act on
                }
            }
        }
    }
}
