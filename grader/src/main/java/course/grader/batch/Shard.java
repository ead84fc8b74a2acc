package course.grader.batch;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One part of a class when grading is spread over machines: shard {@code index} of {@code count}
 * takes every {@code count}-th submission starting at the {@code index}-th, so the shards are
 * disjoint, cover the class, and stay even in size.
 */
public record Shard(int index, int count) {

    public static final Shard WHOLE_CLASS = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is k/n with 1 <= k <= n, not " + index + "/" + count);
        }
    }

    /** Parses {@code k/n}, for example {@code 3/10}. */
    public static Shard parse(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new IllegalArgumentException("a shard is written k/n, for example 3/10, not " + text);
    }

    /** This shard's part of a list in its fixed order. */
    public <T> List<T> of(List<T> all) {
        return IntStream.range(0, all.size()).filter(i -> i % count == index - 1).mapToObj(all::get).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
