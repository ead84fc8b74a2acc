package course.grader.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A quantity each round of a stress check draws afresh — how many threads it starts, how large the
 * amounts are, how big the object — varied from round to round and from run to run, the smallest
 * and the largest always among them. A fixed workload would let code tell the check from a program
 * by its shape (lock only once a third thread has come, guard only small amounts), and would test
 * only that one shape; two threads on an object make as real a race as eight.
 */
public final class PerRound {

    private PerRound() {
    }

    /** {@code rounds} values (at least two rounds) from {@code fewest} to {@code most}, in a random order. */
    public static List<Integer> drawn(int rounds, int fewest, int most) {
        if (rounds < 2 || most < fewest) {
            throw new IllegalArgumentException(rounds + " rounds of " + fewest + " to " + most);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<Integer> values = new ArrayList<>(List.of(fewest, most));
        while (values.size() < rounds) {
            values.add(random.nextInt(fewest, most + 1));
        }
        Collections.shuffle(values, random);
        return List.copyOf(values);
    }
}
