package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.pool.WorkerPool;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * map over 100 inputs whose calls take random times: the results come back in input order. And
 * map applies the function to every input, equal ones too: each gets a call of its own; a null
 * result keeps its place.
 */
@CheckInfo(id = "map-keeps-input-order", kind = CheckKind.STRESS, points = 2, requires = "never-more-than-n-at-once",
        title = "map returns results in the order of its inputs, however the calls finish")
public final class MapKeepsInputOrder implements CheckBody {

    private static final int INPUTS = 100;
    /** Enough workers that the calls finish out of order, and enough rounds that they do in one of them. */
    private static final int WORKERS = 4;
    private static final int ROUNDS = 5;
    /** Each call sleeps 0 to this many milliseconds less one, so that the calls finish in a shuffled order. */
    private static final int SHUFFLING_MILLIS = 3;
    /** How many of the expected results the feedback shows. */
    private static final int SHOWN = 8;

    @Override
    public void run(CheckContext context) throws Exception {
        List<Integer> inputs = IntStream.range(0, INPUTS).boxed().toList();
        List<Integer> expected = inputs.stream().map(Neutral.function(n -> n * n)).toList();
        TaskLog log = TaskLog.ofANewPool(WORKERS);
        WorkerPool pool = log.pool();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                AtomicReference<List<Integer>> results = new AtomicReference<>();
                log.call("mapper", index -> results.set(pool.map(Neutral.function(n -> log.run(() -> {
                    Pools.sleep(ThreadLocalRandom.current().nextInt(SHUFFLING_MILLIS));
                    return n * n;
                })), inputs)));
                if (!expected.equals(results.get())) {
                    throw new CheckFailure(Feedback.expected("map(n -> n², 0..99) to return " + expected.subList(0, SHOWN) + "…")
                            .observed("it returned " + firstDifference(expected, results.get()))
                            .cause("results are collected in the order the calls finished, not the order of the inputs")
                            .revisit("submit every input, keep the futures in a list, then get() them in order"));
                }
            }
            everyInputGetsItsCall(log);
            nullResultsKeepTheirPlace(log);
        } finally {
            pool.close();
        }
    }

    private static void everyInputGetsItsCall(TaskLog log) throws Exception {
        List<Integer> inputs = List.of(7, 7, 7, 7, 3, 3);
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<List<Integer>> results = new AtomicReference<>();
        log.call("mapper", index -> results.set(log.pool().map(Neutral.function(n -> log.run(() -> {
            calls.incrementAndGet();
            return n + 1;
        })), inputs)));
        if (calls.get() != inputs.size() || !List.of(8, 8, 8, 8, 4, 4).equals(results.get())) {
            throw new CheckFailure(Feedback.expected("map(n -> n + 1, " + inputs + ") to call the function "
                            + inputs.size() + " times and return [8, 8, 8, 8, 4, 4]")
                    .observed("the function was called " + calls.get() + " times, and map returned " + results.get())
                    .cause("map calls the function once per distinct input and hands its result to the equal ones:"
                            + " a function may have effects, or give a new answer each call (a request, a draw), so"
                            + " every input is a call of its own")
                    .revisit("submit one task per input, duplicates included, and get() each future in order"));
        }
    }

    /** A function may return null: map(n -> odd n or null, [1, 2, 3, 4]) is [1, null, 3, null], not an exception. */
    private static void nullResultsKeepTheirPlace(TaskLog log) throws Exception {
        List<Integer> inputs = List.of(1, 2, 3, 4);
        List<Integer> expected = Arrays.asList(1, null, 3, null);
        AtomicReference<List<Integer>> results = new AtomicReference<>();
        AtomicReference<RuntimeException> threw = new AtomicReference<>();
        log.call("mapper", index -> {
            try {
                results.set(log.pool().map(Neutral.function(n -> log.run(() -> n % 2 == 1 ? n : null)), inputs));
            } catch (RuntimeException failed) {
                threw.set(failed);
            }
        });
        if (threw.get() != null || !expected.equals(results.get())) {
            throw new CheckFailure(Feedback.expected("map(n -> n if odd, else null, " + inputs + ") to return "
                            + expected)
                    .observed(threw.get() != null ? "it threw " + StudentCode.describe(threw.get())
                            : "it returned " + results.get())
                    .cause("the results are gathered into a list that refuses null (List.of, List.copyOf), or a"
                            + " null is taken for a missing result: a function may return null, and its null is a"
                            + " result like any other")
                    .revisit("collect the futures' results in order into a list that holds what get() returned,"
                            + " null included (new ArrayList, Arrays.asList)"));
        }
    }

    private static String firstDifference(List<Integer> expected, List<Integer> actual) {
        if (actual == null) {
            return "nothing";
        }
        for (int index = 0; index < Math.min(expected.size(), actual.size()); index++) {
            if (!expected.get(index).equals(actual.get(index))) {
                return actual.get(index) + " at position " + index + " where " + expected.get(index) + " belongs";
            }
        }
        return actual.size() + " results for " + expected.size() + " inputs";
    }
}
