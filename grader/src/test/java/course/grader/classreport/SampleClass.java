package course.grader.classreport;

import course.grader.report.ExerciseStatus;
import course.grader.report.CheckStatus;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.protocol.Measurement;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A made-up class as {@code grade-class} reports it, for the report page's tests and benchmark.
 *
 * <p>Besides students of every level it holds each case the page must show: the reference solution,
 * a timed-out and a crashed grading, an exercise that did not compile and one that was flagged, a
 * student whose name and feedback carry markup, measurements, and a copied submission with its
 * original. The failed checks and measurements are ranked by the grader's own code. The same size
 * always gives the same class.
 */
final class SampleClass {

    static final String REFERENCE = "reference solution";
    /** The reference was graded on one CPU: this check of counter was not decided there. */
    static final String UNDECIDED_CHECK = "exact-balance";
    static final String UNDECIDED_BECAUSE = "the check runs its threads on CPUs of their own, and this machine has 1";
    static final String ORIGINAL = "Ada Lindqvist";
    /** {@link #ORIGINAL}'s counter with two lines added on top and a field renamed. */
    static final String COPY = "Bram Lindqvist";
    /** Parking did not compile. */
    static final String NOT_COMPILED = "Nadia Okafor";
    /** Pool calls an API the grader does not run. */
    static final String FLAGGED = "Felix Lang";
    static final String TIMED_OUT = "Tomás Ortega";
    static final String CRASHED = "Chloé Rasmussen";
    /** Graded where the operating system offered no containment, with two files left out. */
    static final String UNCONTAINED = "Ugo Mancini";
    static final String UNCONTAINED_BY = Grade.UNCONTAINED + ": this machine offers no containment the grader can use";
    static final List<String> LEFT_OUT = List.of("course/helpers/Quitter.java: not an exercise's package",
            "course/counter/Helper.class: not a source file");
    private static final String CONTAINED_BY = "a PID namespace of its own";
    /** Fails every check; each of their feedbacks and outputs holds {@link #SCRIPT_BREAKOUT}. */
    static final String HOSTILE = "<script>window.injected = true</script> Tom & Jerry";
    static final String SCRIPT_BREAKOUT = "</script><script>window.injected = true</script>";

    /** The students every sample has besides the reference; the rest are made up. */
    private static final List<String> NAMED = List.of(ORIGINAL, COPY, NOT_COMPILED, FLAGGED, TIMED_OUT, CRASHED, UNCONTAINED,
            HOSTILE);
    private static final String GENERATED_AT = "2026-11-23T08:00:00Z";
    private static final List<String> FIRST_NAMES = List.of("Amira", "Bruno", "Camille", "Dmitri", "Elif", "Farah",
            "Gustav", "Hana", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa",
            "Sven", "Yuki");
    private static final List<String> LAST_NAMES = List.of("Alvarez", "Brennan", "Chen", "Dubois", "Eriksen", "Fischer",
            "García", "Haddad", "Ivanova", "Jensen", "Kowalski", "Laurent", "Moreau", "Nakamura", "O'Neill", "Petrov",
            "Rossi", "Schmidt", "Tanaka", "Weber");

    private static final List<Exercise> EXERCISES = List.of(
            new Exercise("counter", "Shared state: a bank account", "Account", List.of(
                    new Check("uses-a-lock", "Account locks and unlocks a java.util.concurrent.locks.Lock",
                            "architecture", 1, null, new Cause("Account to call Lock.lock and Lock.unlock",
                            "Account uses synchronized methods only (%d of them)",
                            "the exercise asks for an explicit Lock", "java.util.concurrent.locks.ReentrantLock", null)),
                    new Check("exact-balance",
                            "8 threads × 20 000 deposits and withdrawals leave the balance exact, 5 rounds out of 5",
                            "stress", 4, new Figure("operations per second", "ops/s", 4.0e6),
                            new Cause("a balance of 0 after every round", "a balance of %d in round 3",
                                    "two threads read the same old balance and both wrote back: an update was lost",
                                    "critical sections: hold the lock around every read-modify-write", null),
                            new Cause("every thread to finish", "the threads stopped after %d operations",
                                    "a thread returned without unlocking: the others wait for the lock forever",
                                    "lock() then try { … } finally { unlock() }",
                                    "\"worker-3\" WAITING on java.util.concurrent.locks.ReentrantLock$NonfairSync")),
                    new Check("refusal-releases-lock",
                            "A refused withdrawal or a failing ledger leaves the lock free for other threads",
                            "functional", 3, null, new Cause("the lock to be free after a refused withdrawal",
                            "the lock still held %d ms later", "the exception left the method before unlock()",
                            "release locks in finally blocks", "InsufficientFundsException: balance 10 < 25")))),
            new Exercise("parking", "Car park", "ParkingLot", List.of(
                    new Check("never-over-capacity", "10 cars × 30 visits on 5 spots: never more than 5 inside, every car parks",
                            "stress", 3, null, new Cause("at most 5 cars inside", "%d cars inside at once",
                            "the free spots are checked, then taken, in two steps another car can come between",
                            "check-then-act: test and update under the same lock, or use a Semaphore", null)),
                    new Check("timed-try-gives-up",
                            "tryPark gives up after its patience when the car park is full, and parks when it is not",
                            "functional", 2, null, new Cause("tryPark(200 ms) to return false after about 200 ms",
                            "it returned after %d ms", "the wait ignores the time left and starts over after each wake-up",
                            "timed waits: awaitNanos returns the time left; loop on it", null)))),
            new Exercise("pool", "Worker pool", "WorkerPool", List.of(
                    new Check("built-from-threads",
                            "WorkerPool starts its own threads and uses no ExecutorService, Executors or ForkJoinPool",
                            "architecture", 1, null, new Cause("WorkerPool to start Threads of its own",
                            "WorkerPool calls Executors.newFixedThreadPool (%d times)",
                            "the exercise is to build the pool, not to wrap one", "Thread, a BlockingQueue, a loop", null)),
                    new Check("never-more-than-n-at-once", "30 tasks on a pool of 3: at most 3 run at once, on 3 threads, and 3 do",
                            "stress", 3, new Figure("speed-up over one worker", "×", 2.9),
                            new Cause("at most 3 tasks at once", "%d tasks at once",
                                    "a new thread is started per task instead of handing tasks to the workers",
                                    "producer-consumer: workers take tasks from a shared queue", null)),
                    new Check("join-waits-and-workers-end", "join() returns after every task has run, and leaves no worker thread alive",
                            "functional", 3, null, new Cause("join() to return after the 20 tasks ran",
                            "join() returned with %d tasks still queued", "join waits for the queue to be empty, not for the tasks to end",
                            "count running tasks too, or join the worker threads", null)))));

    private static final String SOURCE_TEMPLATE = """
            package course.%1$s;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.locks.Lock;
            import java.util.concurrent.locks.ReentrantLock;

            /** %2$s, as written by %3$s. */
            public final class %2$s {

                private final Lock lock = new ReentrantLock();
                private final List<Long> history = new ArrayList<>();
                private long total;

                public void add(long amount) {
                    lock.lock();
                    try {
                        total += amount;
                        history.add(amount);
                    } finally {
                        lock.unlock();
                    }
                }

                public long total() {
                    lock.lock();
                    try {
                        return total;
                    } finally {
                        lock.unlock();
                    }
                }
            }
            """;
    /** The line ranges of {@link #SOURCE_TEMPLATE} a copy of it matches: the two methods and the fields. */
    private static final List<int[]> COPIED_REGIONS = List.of(new int[] {11, 23}, new int[] {25, 32});
    private static final String COPY_HEADER = "// my own work\n// do not share\n";

    private final Random random;
    private final List<StudentRow> students = new ArrayList<>();
    private final List<SimilarPair> pairs = new ArrayList<>();
    private final Map<String, Map<String, Map<String, String>>> sources = new TreeMap<>();

    private SampleClass(int size) {
        this.random = new Random(size);
    }

    /** A class of {@code size} students (at least the named ones above) and the reference. */
    static ClassReport of(int size) {
        if (size < NAMED.size()) {
            throw new IllegalArgumentException("a sample class has at least " + NAMED.size() + " students");
        }
        return new SampleClass(size).report(size);
    }

    private ClassReport report(int size) {
        students.add(StudentRow.of(REFERENCE, true, 41_000, grade(REFERENCE, 1.0, Map.of())));
        students.add(graded(ORIGINAL, 0.6));
        students.add(graded(COPY, 0.6));
        students.add(StudentRow.of(NOT_COMPILED, false, 12_000, grade(NOT_COMPILED, 0.7, Map.of("parking",
                exercise("parking").notGraded(ExerciseStatus.NOT_COMPILED, "its sources did not compile",
                        "ParkingLot.java:14: error: ';' expected\n        int free = capacity\n                           ^")))));
        students.add(StudentRow.of(FLAGGED, false, 30_000, grade(FLAGGED, 0.8, Map.of("pool",
                exercise("pool").notGraded(ExerciseStatus.FLAGGED, "it uses code the grader does not run",
                        "WorkerPool.java:31: calls Thread.stop(), which the grader does not run")))));
        students.add(unfinished(TIMED_OUT, SubmissionStatus.TIMED_OUT, 600_000,
                "The grading of this submission was stopped at its bound of 10 min and its 3 process(es) were killed."));
        students.add(unfinished(CRASHED, SubmissionStatus.CRASHED, 4_000,
                "The grading process ended with exit code 134 before writing a grade. Its last lines:\n"
                        + "# A fatal error has been detected by the Java Runtime Environment"));
        IntStream.range(0, size - NAMED.size()).mapToObj(SampleClass::madeUpName)
                .forEach(name -> students.add(graded(name, 0.35 + 0.65 * random.nextDouble())));
        students.add(StudentRow.of(UNCONTAINED, false, 25_000, grade(UNCONTAINED, 0.9, UNCONTAINED_BY, LEFT_OUT, Map.of())));
        students.add(graded(HOSTILE, 0.0));
        addCopiedPair();
        addLooselySimilarPairs(size / 40);
        return new ClassReport(GENERATED_AT, EXERCISES.stream().map(Exercise::column).toList(), students,
                FailedChecksRanking.of(students), MeasurementComparison.of(students), pairs, sources, List.of());
    }

    private static Exercise exercise(String id) {
        return EXERCISES.stream().filter(exercise -> exercise.id().equals(id)).findFirst().orElseThrow();
    }

    private static String madeUpName(int index) {
        String name = FIRST_NAMES.get(index % FIRST_NAMES.size()) + " "
                + LAST_NAMES.get(index / FIRST_NAMES.size() % LAST_NAMES.size());
        int round = index / (FIRST_NAMES.size() * LAST_NAMES.size());
        return round == 0 ? name : name + " " + (round + 1);
    }

    private StudentRow graded(String name, double skill) {
        return StudentRow.of(name, false, 20_000 + random.nextInt(60_000), grade(name, skill, Map.of()));
    }

    /** Each check passes with probability {@code skill}; {@code notGraded} replaces whole exercises. */
    private Grade grade(String student, double skill, Map<String, ExerciseGrade> notGraded) {
        return grade(student, skill, CONTAINED_BY, List.of(), notGraded);
    }

    private Grade grade(String student, double skill, String containment, List<String> leftOut,
                        Map<String, ExerciseGrade> notGraded) {
        return Grade.of(student, GENERATED_AT, containment, leftOut, EXERCISES.stream()
                .map(exercise -> notGraded.containsKey(exercise.id()) ? notGraded.get(exercise.id())
                        : ExerciseGrade.graded(exercise.id(), exercise.title(),
                                exercise.checks().stream().map(check -> checkGrade(student, skill, check)).toList()))
                .toList());
    }

    private CheckGrade checkGrade(String student, double skill, Check check) {
        Map<String, Measurement> measured = check.figure() == null ? Map.of() : Map.of(check.figure().name(),
                new Measurement(check.figure().typical() * (0.25 + 0.75 * skill + 0.1 * random.nextDouble()),
                        check.figure().unit()));
        long duration = 200 + random.nextInt(4_000);
        if (student.equals(REFERENCE) && check.id().equals(UNDECIDED_CHECK)) {
            return new CheckGrade(check.id(), check.title(), check.kind(), check.points(), check.points(), true,
                    CheckStatus.UNDECIDED, CheckGrade.UNDECIDED_PREFIX + UNDECIDED_BECAUSE, null, duration, measured, null);
        }
        if (random.nextDouble() < skill) {
            return new CheckGrade(check.id(), check.title(), check.kind(), check.points(), check.points(), true,
                    CheckStatus.PASSED, null, null, duration, measured, null);
        }
        Cause cause = check.causes().get(random.nextDouble() < 0.7 ? 0 : check.causes().size() - 1);
        boolean hostile = HOSTILE.equals(student);
        Feedback feedback = Feedback.expected(cause.expected())
                .observed(hostile ? "it printed " + SCRIPT_BREAKOUT : cause.observed().formatted(random.nextInt(1_000)))
                .cause(cause.cause())
                .revisit(cause.revisit());
        return new CheckGrade(check.id(), check.title(), check.kind(), 0, check.points(), false, CheckStatus.FAILED,
                feedback.render(), feedback, duration, measured, hostile ? SCRIPT_BREAKOUT : cause.output());
    }

    private static StudentRow unfinished(String name, SubmissionStatus status, long durationMs, String note) {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        EXERCISES.forEach(exercise -> zeros.put(exercise.id(), 0));
        return new StudentRow(name, status, false, durationMs, note, 0,
                EXERCISES.stream().mapToInt(Exercise::maxScore).sum(), zeros, null);
    }

    private void addCopiedPair() {
        Exercise counter = EXERCISES.getFirst();
        String original = counter.source(ORIGINAL);
        addSource(ORIGINAL, counter, original);
        addSource(COPY, counter, COPY_HEADER + original.replace("total", "sum"));
        pairs.add(new SimilarPair(counter.id(), ORIGINAL, COPY, 0.91, matches(counter.fileName(), 2)));
    }

    /** Pairs of made-up students that share one region of code; {@code perExercise} of them for each exercise. */
    private void addLooselySimilarPairs(int perExercise) {
        List<String> madeUp = students.stream().map(StudentRow::name).filter(this::isMadeUp).toList();
        for (Exercise exercise : EXERCISES) {
            for (int i = 0; i < perExercise; i++) {
                String first = madeUp.get(random.nextInt(madeUp.size()));
                String second = madeUp.get(random.nextInt(madeUp.size()));
                if (!first.equals(second)) {
                    addSource(first, exercise, exercise.source(first));
                    addSource(second, exercise, exercise.source(second));
                    pairs.add(new SimilarPair(exercise.id(), first, second, 0.5 + 0.3 * random.nextDouble(),
                            matches(exercise.fileName(), 0).subList(0, 1)));
                }
            }
        }
    }

    private boolean isMadeUp(String name) {
        return !REFERENCE.equals(name) && !NAMED.contains(name);
    }

    /** The copied regions, found {@code offset} lines further down in the second file. */
    private static List<SimilarPair.MatchedLines> matches(String file, int offset) {
        return COPIED_REGIONS.stream()
                .map(lines -> new SimilarPair.MatchedLines(file, lines[0], lines[1], file, lines[0] + offset, lines[1] + offset))
                .toList();
    }

    private void addSource(String student, Exercise exercise, String text) {
        sources.computeIfAbsent(student, name -> new TreeMap<>())
                .computeIfAbsent(exercise.id(), id -> new TreeMap<>())
                .put(exercise.fileName(), text);
    }

    private record Exercise(String id, String title, String className, List<Check> checks) {

        int maxScore() {
            return checks.stream().mapToInt(Check::points).sum();
        }

        ExerciseColumn column() {
            return new ExerciseColumn(id, title, maxScore());
        }

        String fileName() {
            return className + ".java";
        }

        String source(String author) {
            return SOURCE_TEMPLATE.formatted(id, className, author);
        }

        /** As the grader reports an exercise it did not run: every check failed with {@code why}. */
        ExerciseGrade notGraded(ExerciseStatus status, String why, String note) {
            return new ExerciseGrade(id, title, status, 0, maxScore(), note, checks.stream()
                    .map(check -> new CheckGrade(check.id(), check.title(), check.kind(), 0, check.points(), false,
                            CheckStatus.NOT_RUN, CheckGrade.NOT_RUN_PREFIX + why, null, 0, Map.of(), null))
                    .toList());
        }
    }

    /** A check and the ways students fail it, the most common first; {@code figure} is what it measures, if anything. */
    private record Check(String id, String title, CheckKind kind, int points, Figure figure, List<Cause> causes) {

        Check(String id, String title, String kind, int points, Figure figure, Cause... causes) {
            this(id, title, CheckKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), points, figure, List.of(causes));
        }
    }

    /** {@code observed} has a {@code %d} for a figure that differs between students. */
    private record Cause(String expected, String observed, String cause, String revisit, String output) {
    }

    private record Figure(String name, String unit, double typical) {
    }
}
