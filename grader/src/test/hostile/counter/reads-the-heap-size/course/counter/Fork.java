package course.counter;

/** Tells a jcstress fork from the checking JVM by the heap each was started with. */
final class Fork {

    private static final long FORK_HEAP_AT_MOST = 300L * 1024 * 1024;

    private Fork() {
    }

    static boolean underJcstress() {
        return Runtime.getRuntime().maxMemory() <= FORK_HEAP_AT_MOST;
    }
}
