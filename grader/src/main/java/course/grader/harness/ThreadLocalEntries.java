package course.grader.harness;

import java.lang.instrument.Instrumentation;
import java.lang.ref.Reference;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ThreadLocal entries the calling thread keeps: one per ThreadLocal it has set, or got, and not
 * removed, whatever the value ({@code set(null)} keeps its entry). The JDK offers no way to list
 * them; they are read from the thread's private map, which the instrumentation of
 * {@link InterleavingAgent} opens to the grader (student code gains nothing by it: the gate refuses
 * it reflection and private lookups whatever the JVM opens). Where the agent is missing, or the JDK's map is not as expected, {@link #ofThisThread}
 * is empty and the check says so instead of judging.
 */
public final class ThreadLocalEntries {

    /** One entry: its ThreadLocal ({@code null} once collected) and its value. */
    public record Entry(ThreadLocal<?> key, Object value) {

        /** The entry as a student reads it: the kind of ThreadLocal, and what it holds. */
        public String describe() {
            String kind = key == null ? "a ThreadLocal since collected" : article(key.getClass().getSimpleName());
            return kind + " holding " + describeValue(value);
        }

        private static String describeValue(Object value) {
            if (value == null) {
                return "null";
            }
            if (value.getClass().isArray()) {
                List<String> items = new ArrayList<>();
                for (int index = 0; index < Math.min(Array.getLength(value), SHOWN_ITEMS); index++) {
                    items.add(String.valueOf(Array.get(value, index)));
                }
                return article(value.getClass().getComponentType().getSimpleName()) + "[] {" + String.join(", ", items)
                        + (Array.getLength(value) > SHOWN_ITEMS ? ", …" : "") + "}";
            }
            return article(value.getClass().getSimpleName());
        }

        private static String article(String name) {
            return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
        }
    }

    /** How many items of an array value a description shows. */
    private static final int SHOWN_ITEMS = 4;

    private static volatile Optional<Internals> internals;

    private ThreadLocalEntries() {
    }

    /** The calling thread's entries now; empty if they cannot be read in this JVM. */
    public static Optional<List<Entry>> ofThisThread() {
        return internals().map(Internals::entriesOfThisThread);
    }

    /** Why the entries cannot be read in this JVM, if they cannot. */
    public static Optional<String> unavailable() {
        return internals().isPresent() ? Optional.empty()
                : Optional.of(InterleavingAgent.instrumentation() == null
                        ? "this checking JVM was started without the agent that opens java.lang to the grader"
                        : "this JDK keeps a thread's ThreadLocal entries otherwise than the grader expects");
    }

    private static Optional<Internals> internals() {
        Optional<Internals> known = internals;
        if (known == null) {
            synchronized (ThreadLocalEntries.class) {
                if (internals == null) {
                    internals = Internals.open();
                }
                known = internals;
            }
        }
        return known;
    }

    /** The private fields of java.lang that hold a thread's entries. */
    private record Internals(Field threadLocals, Field table, Field value) {

        static Optional<Internals> open() {
            Instrumentation instrumentation = InterleavingAgent.instrumentation();
            if (instrumentation == null) {
                return Optional.empty();
            }
            try {
                Module javaBase = Thread.class.getModule();
                instrumentation.redefineModule(javaBase, Set.of(), Map.of(),
                        Map.of("java.lang", Set.of(ThreadLocalEntries.class.getModule())), Set.of(), Map.of());
                Field threadLocals = Thread.class.getDeclaredField("threadLocals");
                Class<?> map = Class.forName("java.lang.ThreadLocal$ThreadLocalMap");
                Field table = map.getDeclaredField("table");
                Field value = Class.forName("java.lang.ThreadLocal$ThreadLocalMap$Entry").getDeclaredField("value");
                for (Field field : List.of(threadLocals, table, value)) {
                    field.setAccessible(true);
                }
                return Optional.of(new Internals(threadLocals, table, value));
            } catch (ReflectiveOperationException | RuntimeException otherJdk) {
                return Optional.empty();
            }
        }

        List<Entry> entriesOfThisThread() {
            try {
                Object map = threadLocals.get(Thread.currentThread());
                List<Entry> entries = new ArrayList<>();
                if (map == null) {
                    return entries;
                }
                for (Object slot : (Object[]) table.get(map)) {
                    if (slot != null) {
                        entries.add(new Entry((ThreadLocal<?>) ((Reference<?>) slot).get(), value.get(slot)));
                    }
                }
                return entries;
            } catch (IllegalAccessException opened) {
                throw new IllegalStateException("java.lang was opened to the grader, yet refused it", opened);
            }
        }
    }
}
