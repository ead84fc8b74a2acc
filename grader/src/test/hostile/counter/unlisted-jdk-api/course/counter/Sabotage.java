package course.counter;

import java.lang.management.ManagementFactory;

/** Hostile: reaches the JVM and the machine through APIs a deny-list does not list. */
public final class Sabotage {

    private Sabotage() {
    }

    public static long threadsOfTheGrader() {
        java.util.prefs.Preferences.userRoot().put("graded", "yes");
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }
}
