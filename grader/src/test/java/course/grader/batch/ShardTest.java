package course.grader.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --shard=k/n}: the shards of a class are disjoint, cover it, and differ in size by at most one. */
class ShardTest {

    @Test
    void theShardsOfAClassCoverItOnceAndEvenly() {
        List<Integer> students = IntStream.range(0, 23).boxed().toList();
        List<Integer> covered = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            List<Integer> shard = Shard.parse(k + "/4").of(students);
            assertTrue(shard.size() == 5 || shard.size() == 6, shard::toString);
            covered.addAll(shard);
        }
        covered.sort(null);
        assertEquals(students, covered);
    }

    @Test
    void aShardIsWrittenKOfN() {
        assertEquals(new Shard(3, 10), Shard.parse("3/10"));
        for (String wrong : List.of("0/2", "3/2", "2", "a/b", "1/0")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(wrong), wrong);
        }
    }
}
