package course.grader.supervisor;

import course.grader.api.CheckBody;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.process.ProcessTree;
import course.grader.protocol.CheckEvent;
import course.grader.report.CheckGrade;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session with one checking JVM, signal by signal, without a JVM. */
class JvmSessionTest {

    private static final CheckBody NOTHING = context -> { };
    private static final CheckDescriptor FIRST = check("first");
    private static final CheckDescriptor SECOND = check("second");
    private static final Feedback WRONG = new Feedback("e", "o", "c", "r");

    private static CheckDescriptor check(String id) {
        return new CheckDescriptor("probe", id, CheckKind.FUNCTIONAL, 2, id, Duration.ofSeconds(5), NOTHING.getClass());
    }

    private static JvmSignal message(CheckEvent event) {
        return new JvmSignal.Message(event);
    }

    private static CheckEvent finished(String id, boolean passed, boolean restart) {
        return new CheckEvent.Finished(id, passed, null, passed ? null : WRONG, 10, Map.of(), null, restart);
    }

    @Test
    void checksReportedInTurnAreGradedAndTheSessionEndsAfterTheLast() {
        JvmSession session = new JvmSession(List.of(FIRST, SECOND));
        assertEquals(JvmSession.BETWEEN_CHECKS, session.patience());
        session.hear(message(new CheckEvent.Started("first")));
        assertEquals(FIRST.timeLimit().plus(JvmSession.WATCHDOG_GRACE), session.patience());
        session.hear(message(finished("first", true, false)));
        session.hear(message(new CheckEvent.Started("second")));
        session.hear(message(finished("second", false, false)));

        assertTrue(session.over());
        List<CheckGrade> grades = session.settled();
        assertEquals(List.of(2, 0), grades.stream().map(CheckGrade::score).toList());
        assertEquals(WRONG, grades.get(1).details());
    }

    @Test
    void aCheckThatAsksForANewJvmEndsTheSessionWithTheRestPending() {
        JvmSession session = new JvmSession(List.of(FIRST, SECOND));
        session.hear(message(new CheckEvent.Started("first")));
        session.hear(message(finished("first", false, true)));

        assertTrue(session.over());
        assertEquals(List.of("first"), session.settled().stream().map(CheckGrade::id).toList());
    }

    @Test
    void silenceCostsTheCheckWaitedFor() {
        JvmSession session = new JvmSession(List.of(FIRST, SECOND));
        session.hear(new JvmSignal.Silence(Duration.ofSeconds(30)));

        assertTrue(session.over());
        CheckGrade lost = session.settled().getFirst();
        assertEquals("first", lost.id());
        assertTrue(lost.feedback().contains("to report within 30 s"), lost.feedback());
    }

    @Test
    void theJvmsEndDuringACheckCostsThatCheckAndSaysWhy() {
        JvmSession session = new JvmSession(List.of(FIRST, SECOND));
        session.hear(message(new CheckEvent.Started("first")));
        session.hear(new JvmSignal.Ended(3, "a\nb\nc\nOutOfMemoryError", Optional.empty()));

        CheckGrade lost = session.settled().getFirst();
        assertTrue(lost.feedback().contains("during this check with exit code 3; the JVM said: b / c / OutOfMemoryError"),
                lost.feedback());

        JvmSession breached = new JvmSession(List.of(FIRST));
        breached.hear(new JvmSignal.Ended(137, "", Optional.of(ProcessTree.Breach.TOO_MANY_THREADS)));
        assertTrue(breached.settled().getFirst().feedback().contains("a bounded number of threads"));
    }

    @Test
    void aMessageOutOfTurnCostsTheExpectedCheckOnly() {
        for (CheckEvent forged : List.of(new CheckEvent.Started("second"), finished("first", true, false),
                new CheckEvent.Done(), new CheckEvent.Unknown("ended", null), new CheckEvent.Unloadable(null))) {
            JvmSession session = new JvmSession(List.of(FIRST, SECOND));
            session.hear(message(forged));

            assertTrue(session.over(), forged::toString);
            assertEquals(1, session.settled().size(), forged::toString);
            assertTrue(session.settled().getFirst().feedback().contains("out of turn"), forged::toString);
        }
        JvmSession running = new JvmSession(List.of(FIRST, SECOND));
        running.hear(message(new CheckEvent.Started("first")));
        running.hear(message(new CheckEvent.Finished("first", false, null, null, 1, Map.of(), null, false)));
        assertTrue(running.settled().getFirst().feedback().contains("'finished' message for check first out of turn"));
    }

    @Test
    void unloadableClassesFailEveryCheckLeft() {
        JvmSession session = new JvmSession(List.of(FIRST, SECOND));
        session.hear(message(new CheckEvent.Unloadable(WRONG)));

        assertTrue(session.over());
        assertEquals(List.of("first", "second"), session.settled().stream().map(CheckGrade::id).toList());
        assertTrue(session.settled().stream().allMatch(grade -> WRONG.equals(grade.details())));
    }

    @Test
    void anOverSessionIgnoresWhatComesAfter() {
        JvmSession session = new JvmSession(List.of(FIRST));
        session.hear(new JvmSignal.Silence(Duration.ofSeconds(1)));
        session.hear(message(new CheckEvent.Started("first")));

        assertTrue(session.over());
        assertEquals(1, session.settled().size());
        assertFalse(new JvmSession(List.of(FIRST)).over());
        assertTrue(new JvmSession(List.of()).over());
    }
}
