package course.grader.exercises.alternation;

import course.alternation.Alternation;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadRoles;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * One run of {@link Alternation#print}: every number printed, the thread that printed it, whether
 * two prints overlapped, and what was true at the instant print returned. A {@link Pacing} lets a
 * check act inside each print (hold a printer there, let the others catch up) to provoke the races
 * a free run shows only now and then.
 */
final class Printout {

    /** What a check does inside each call of {@code out.accept}, in the printer's thread, after it is recorded. */
    @FunctionalInterface
    interface Pacing {
        Pacing NONE = (number, printout) -> { };

        void inside(int number, Printout printout) throws InterruptedException;
    }

    /** The first thing wrong with a printout: what was seen, and the cause that explains it. */
    record Mistake(String observed, String cause) {
    }

    private record Line(int number, Thread printer) {
    }

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String CALLER = "caller";

    private final int count;
    private final int printers;
    private final Set<Thread> aliveBefore = Thread.getAllStackTraces().keySet();
    private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger printing = new AtomicInteger();
    private final AtomicReference<String> firstOverlap = new AtomicReference<>();
    private volatile int printedAtReturn = -1;
    private volatile List<String> runningAtReturn = List.of();
    private volatile int aliveAtReturn;
    private volatile boolean interruptedAsItThrew;
    private volatile ThreadGang caller;
    /** The thread calling print; set before print starts any printer, so every printer sees it. */
    private volatile Thread callerThread;

    private Printout(int count, int printers) {
        this.count = count;
        this.printers = printers;
    }

    /** Runs the student's print and returns what it printed; a run that does not end fails the check. */
    static Printout of(int count, int printers) throws Exception {
        return of(count, printers, Pacing.NONE);
    }

    /** Like {@link #of(int, int)}, with the check's pacing inside every print. */
    static Printout of(int count, int printers, Pacing pacing) throws Exception {
        return of(count, printers, BOUND, pacing);
    }

    /** Like {@link #of(int, int, Pacing)}, for a pacing that holds a print longer than the usual bound allows. */
    static Printout of(int count, int printers, Duration bound, Pacing pacing) throws Exception {
        Printout printout = start(count, printers, pacing);
        try {
            printout.caller.joinSelfContained(bound);
        } catch (ThreadsStuckException stuck) {
            throw printout.stuck(stuck, bound);
        }
        return printout;
    }

    /** Starts print in a caller thread of its own and returns at once: for checks that act during the run. */
    static Printout start(int count, int printers, Pacing pacing) {
        Printout printout = new Printout(count, printers);
        printout.caller = ThreadGang.start(CALLER, 1, index -> {
            printout.callerThread = Thread.currentThread();
            try {
                Alternation.print(count, printers, Neutral.as(IntConsumer.class, number -> printout.print(number, pacing)));
            } catch (InterruptedException thrown) {
                printout.interruptedAsItThrew = Thread.currentThread().isInterrupted();
                throw thrown;
            }
            printout.printedAtReturn = printout.lines.size();
            printout.aliveAtReturn = printout.threadsOfTheRun().size();
            printout.runningAtReturn = printout.printersStillInTheirCode();
        });
        return printout;
    }

    /** The thread that called print. */
    ThreadGang caller() {
        return caller;
    }

    private void print(int number, Pacing pacing) {
        Line line = new Line(number, Thread.currentThread());
        if (printing.getAndIncrement() > 0) {
            firstOverlap.compareAndSet(null, "thread '" + ThreadRoles.of(line.printer()) + "' began printing " + number
                    + " while " + lastPrinted() + " was still being printed");
        }
        lines.add(line);
        try {
            pacing.inside(number, this);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            printing.decrementAndGet();
        }
    }

    private String lastPrinted() {
        List<Line> printed = List.copyOf(lines);
        return printed.isEmpty() ? "another number"
                : printed.getLast().number() + " (by '" + ThreadRoles.of(printed.getLast().printer()) + "')";
    }

    /** The live threads of this run, the caller's included, except the one asking. */
    List<Thread> otherThreadsStarted() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !aliveBefore.contains(thread) && thread != Thread.currentThread())
                .toList();
    }

    /** Whether the caller's interrupt status was set when print threw InterruptedException (false if it did not). */
    boolean interruptedAsItThrew() {
        return interruptedAsItThrew;
    }

    /** How many numbers had been printed when print returned; −1 while it has not. */
    int printedAtReturn() {
        return printedAtReturn;
    }

    /** The printer threads still running the student's code at the instant print returned. */
    List<String> runningAtReturn() {
        return runningAtReturn;
    }

    /**
     * How many threads print started were still alive at the instant it returned, whatever they
     * were doing: a printer that has not yet begun to run shows no frame of the student's code, so
     * {@link #runningAtReturn()} does not see it. They are {@link #threadsOfTheRun()}, listed first
     * thing after print returns, so that a printer that ends a moment later still counts.
     */
    int aliveAtReturn() {
        return aliveAtReturn;
    }

    /**
     * The threads print started that are alive now: the new platform threads of the caller's thread
     * group, which every thread print creates joins unless print says otherwise, and the virtual
     * threads that have printed a number. Listed without the safepoint a stack dump needs: cheap
     * and quick enough to call from inside a print, an instant before the turn passes.
     */
    List<Thread> threadsOfTheRun() {
        Thread[] live = new Thread[callerThread.getThreadGroup().activeCount() + printers + 1];
        int listed = callerThread.getThreadGroup().enumerate(live, false);
        return Stream.concat(Arrays.stream(live, 0, listed)
                        .filter(thread -> !aliveBefore.contains(thread) && !ThreadRoles.isGraders(thread)),
                virtualPrinters().filter(Thread::isAlive)).toList();
    }

    /** The virtual threads that have printed: virtual threads are in no list of the JVM's, so they are known by their lines. */
    private Stream<Thread> virtualPrinters() {
        return List.copyOf(lines).stream().map(Line::printer).filter(Thread::isVirtual).distinct();
    }

    /**
     * The threads print started that are still in the student's code: the platform threads found in
     * the JVM's list, and the virtual threads that printed a number and have not ended.
     */
    private List<String> printersStillInTheirCode() {
        List<String> running = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (!aliveBefore.contains(thread) && thread != callerThread
                    && StudentCode.innermostFrame(stack).isPresent()) {
                boolean waiting = thread.getState() == Thread.State.WAITING
                        || thread.getState() == Thread.State.TIMED_WAITING;
                running.add("'" + ThreadRoles.of(thread) + "'" + (waiting ? " waiting" : "") + StudentCode.whereIn(stack));
            }
        });
        virtualPrinters().filter(Thread::isAlive)
                .forEach(printer -> running.add("'" + ThreadRoles.of(printer) + "' (a virtual thread)"
                        + StudentCode.whereIn(printer.getStackTrace())));
        return running;
    }

    private CheckFailure stuck(ThreadsStuckException stuck, Duration bound) {
        int printed = lines.size();
        Mistake before = mistakeSoFar();
        String observed = before != null ? before.observed() + "; then print never returned: " + stuck.diagnosis()
                : "after " + printed + " of " + count + " numbers print had not returned"
                        + (stuck.isStalled() ? ", and never would: every thread was waiting, none left to wake the"
                                + " others: " : ": ")
                        + stuck.diagnosis();
        String cause = before != null ? before.cause() : printed < count
                ? "nobody printed " + printed + ": the printer whose turn it was waits for a signal that was never"
                        + " sent (a printer skipped its signal), that was sent before it started waiting (its turn"
                        + " was checked, then the lock released before the wait), or that went to a printer whose"
                        + " turn it was not (signal() wakes one waiter)"
                : "every number was printed, but print did not return: a printer waits for a turn after its last"
                        + " number, or print waits for something no printer does";
        return new CheckFailure(Feedback.expected("print(" + count + ", " + printers + " printers) to print every"
                        + " number and return within " + bound.toSeconds() + " s")
                .observed(observed)
                .cause(cause)
                .revisit("keep the turn in shared state, check it and wait under one lock in a while loop,"
                        + " signalAll after every turn, and leave after your last number"), true);
    }

    /** The first thing wrong with the printout; null when it is right. */
    Mistake firstMistake() {
        Mistake mistake = mistakeSoFar();
        if (mistake != null) {
            return mistake;
        }
        List<Line> printed = List.copyOf(lines);
        if (printed.size() < count) {
            return new Mistake("print returned after " + printed.size() + " of " + count + " numbers"
                    + (printed.isEmpty() ? "" : ", the last " + describe(printed.getLast())) + ": " + printed.size()
                    + " was never printed", "a printer stops before its last number (the loop bound), or print"
                    + " returns without waiting for every printer");
        }
        return null;
    }

    /** The first thing wrong with what has been printed so far, an early end apart; null when none. */
    private Mistake mistakeSoFar() {
        if (firstOverlap.get() != null) {
            return new Mistake(firstOverlap.get(), "the turn is passed on before the number is printed: a printer"
                    + " prints after it released the lock or moved the turn on, so the next printer starts at once");
        }
        List<Line> printed = List.copyOf(lines);
        for (int position = 0; position < printed.size(); position++) {
            Mistake mistake = mistakeAt(printed, position);
            if (mistake != null) {
                return mistake;
            }
        }
        return null;
    }

    private Mistake mistakeAt(List<Line> printed, int position) {
        Line line = printed.get(position);
        int number = line.number();
        if (number < 0 || number >= count) {
            return new Mistake("thread '" + ThreadRoles.of(line.printer()) + "' printed " + number + ", but print(" + count
                    + ") prints only 0.." + (count - 1), "a printer's loop goes past the last number");
        }
        for (int earlier = 0; earlier < position; earlier++) {
            if (printed.get(earlier).number() == number) {
                return new Mistake(number + " was printed twice: " + describe(printed.get(earlier)) + ", then again "
                        + describe(line), "two printers took the same turn: the turn is read or moved on outside the"
                        + " lock, or two printers' sequences both contain " + number);
            }
        }
        if (number != position) {
            String after = position == 0 ? "first" : "after " + describe(printed.get(position - 1)) + ",";
            String missing = printed.stream().filter(later -> later.number() == position).findFirst()
                    .map(later -> position + " came only later, " + describe(later))
                    .orElse(position + " was never printed");
            return new Mistake(after + " thread '" + ThreadRoles.of(line.printer()) + "' printed " + number + " out of turn: "
                    + missing + " (printout began " + head(printed) + ")",
                    "thread '" + ThreadRoles.of(line.printer()) + "' went ahead when it was not its turn: it was woken"
                            + " (signalAll wakes every waiting printer) and printed without checking its turn again"
                            + " (if instead of while), or its turn test does not match the numbers it prints");
        }
        if (ThreadRoles.of(line.printer()).startsWith(CALLER + "-")) {
            return new Mistake(number + " was printed by the thread that called print(), not by a printer thread",
                    "print must start the printers and only wait for them");
        }
        if (position >= printers && line.printer() != printed.get(position - printers).printer()) {
            return new Mistake(describe(line) + ", but " + describe(printed.get(position - printers)) + ": each printer"
                    + " must print every " + ordinal(printers) + "number", "numbers go to whichever printer comes"
                    + " first, not to printer p = number mod " + printers);
        }
        for (int earlier = 0; earlier < position && position < printers; earlier++) {
            if (printed.get(earlier).printer() == line.printer()) {
                return new Mistake(earlier + " and " + number + " were both printed by thread '"
                        + ThreadRoles.of(line.printer()) + "'", printers + " printers must be " + printers
                        + " different threads, each printing its own numbers");
            }
        }
        return null;
    }

    private static String describe(Line line) {
        return line.number() + " by '" + ThreadRoles.of(line.printer()) + "'";
    }

    private static String head(List<Line> printed) {
        return printed.stream().limit(12).map(line -> String.valueOf(line.number())).toList().toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "";
            case 2 -> "second ";
            case 3 -> "third ";
            default -> n + "th ";
        };
    }
}
