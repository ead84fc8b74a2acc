package course.counter;

/** Hostile: Keeps a megabyte after megabyte until the heap is full. */
public final class Sabotage {

    private static final java.util.List<long[]> HOARD = new java.util.ArrayList<>();

    private static boolean armed = true;

    static {
        while (armed) {
            HOARD.add(new long[1 << 17]);
        }
    }
}
