package course.grader.exercises.pool;

/** Small pieces the pool's checks share. */
final class Pools {

    private Pools() {
    }

    /** Sleeps in a task; an interrupt ends the sleep early and stays set, for the pool to see. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
