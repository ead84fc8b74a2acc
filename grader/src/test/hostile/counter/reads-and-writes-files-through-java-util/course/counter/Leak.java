package course.counter;

import java.nio.file.Path;
import java.util.Formatter;
import java.util.Scanner;

/** Reads what it must not and writes where it must not, with nothing but java.util. */
final class Leak {

    static final String SOLUTION;

    static {
        String read;
        try (Scanner solution = new Scanner(Path.of("solutions/src/main/java/course/counter/Account.java"));
             Scanner environment = new Scanner(Path.of("/proc/self/environ"));
             Formatter out = new Formatter("/tmp/hostile-formatter-wrote-this.txt")) {
            read = solution.useDelimiter("\\z").next() + environment.useDelimiter("\\z").next();
            out.format("%s", read);
        } catch (Exception e) {
            read = e.toString();
        }
        SOLUTION = read;
    }

    private Leak() {
    }
}
