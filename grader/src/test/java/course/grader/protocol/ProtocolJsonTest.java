package course.grader.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import course.grader.api.BoundedText;
import course.grader.api.Feedback;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field of the protocol's two messages survives the trip through one JSON line. */
class ProtocolJsonTest {

    @Test
    void aPlanComesBackAsItWasSent() {
        RunPlan plan = new RunPlan("0123abcd", "/tmp/grader-channel-1/results.sock", "course.grader.exercises.counter.CounterExercise",
                List.of("exact-balance", "no-lost-update"), "/tmp/classes dir", "C:\\work\\counter");

        assertEquals(plan, ProtocolJson.readPlan(ProtocolJson.write(plan)));
    }

    @Test
    void aFailedCheckComesBackWithItsFeedbackMeasurementsAndOutput() {
        Map<String, Measurement> measurements = new LinkedHashMap<>();
        measurements.put("deposits per second", new Measurement(1.5e6, "ops/s"));
        measurements.put("threads inside at once", new Measurement(3, null));
        measurements.put("speed-up", new Measurement(Double.NaN, "ratio"));
        measurements.put("ratio to nothing", new Measurement(Double.POSITIVE_INFINITY, "ratio"));
        CheckEvent.Finished failed = new CheckEvent.Finished("exact-balance", false, null,
                new Feedback("a balance of 2 000", "1 873 \"lost\"", "two deposits read the same balance",
                        "the lost update"), 1234, measurements,
                "line one\nline two: é ü 中文 \u2028 tab\t end", true);

        String line = ProtocolJson.write(failed);

        assertFalse(line.contains("\n"), "one event is one line");
        assertEquals(failed, ProtocolJson.readEvent(line));
    }

    @Test
    void aCheckTheMachineCouldNotDecideComesBackSayingWhy() {
        CheckEvent.Finished undecided = new CheckEvent.Finished("no-lost-update", true,
                "jcstress runs this test's 2 threads on CPUs of their own, and this machine has 1", null, 40,
                Map.of(), null, false);

        assertEquals(undecided, ProtocolJson.readEvent(ProtocolJson.write(undecided)));
    }

    @Test
    void theEventsWithoutACheckOrFeedbackComeBackToo() {
        for (CheckEvent event : List.of(new CheckEvent.Started("uses-a-lock"), new CheckEvent.Done(),
                new CheckEvent.Unloadable(Feedback.expected("your classes to load").observed("a static initializer threw")
                        .cause("it divides by zero").revisit("static initializers")))) {
            assertEquals(event, ProtocolJson.readEvent(ProtocolJson.write(event)));
        }
    }

    /** The lines are those the checking JVM has always written: every field, whatever the event. */
    @Test
    void eachEventIsWrittenAsBeforeItHadATypeOfItsOwn() {
        assertEquals("{\"type\":\"started\",\"checkId\":\"uses-a-lock\",\"passed\":false,\"durationMs\":0,"
                + "\"measurements\":{},\"restart\":false}", ProtocolJson.write(new CheckEvent.Started("uses-a-lock")));
        assertEquals("{\"type\":\"done\",\"passed\":false,\"durationMs\":0,\"measurements\":{},\"restart\":false}",
                ProtocolJson.write(new CheckEvent.Done()));
        assertEquals("{\"type\":\"unloadable\",\"passed\":false,\"feedback\":{\"expected\":\"e\",\"observed\":\"o\","
                + "\"cause\":\"c\",\"revisit\":\"r\"},\"durationMs\":0,\"measurements\":{},\"restart\":true}",
                ProtocolJson.write(new CheckEvent.Unloadable(new Feedback("e", "o", "c", "r"))));
        assertEquals("{\"type\":\"finished\",\"checkId\":\"x\",\"passed\":true,\"durationMs\":12,"
                + "\"measurements\":{\"f\":{\"value\":1.5,\"unit\":\"s\"}},\"restart\":false}",
                ProtocolJson.write(new CheckEvent.Finished("x", true, null, null, 12, Map.of("f", new Measurement(1.5, "s")), null, false)));
    }

    /** A line of a type the grader never sends reads as such, for the supervisor to refuse. */
    @Test
    void aLineOfAnUnknownTypeReadsAsUnknown() {
        assertEquals(new CheckEvent.Unknown("ended", "x"), ProtocolJson.readEvent("{\"type\":\"ended\",\"checkId\":\"x\"}"));
        assertEquals(new CheckEvent.Unknown(null, null), ProtocolJson.readEvent("{}"));
    }

    /** A 16 MB exception message leaves the checking JVM as a few KB, and comes back exactly as it left. */
    @Test
    void aHugeTextFromStudentCodeTravelsCappedWithAMarker() {
        String huge = "x".repeat(16 << 20);
        Map<String, Measurement> figures = new LinkedHashMap<>();
        figures.put(huge, new Measurement(1, huge));
        CheckEvent.Finished failed = new CheckEvent.Finished("exact-balance", false, null,
                Feedback.expected("a balance of 2 000").observed("it threw " + huge).cause(huge).revisit("locks"),
                10, figures, huge, false);

        String line = ProtocolJson.write(failed);

        assertTrue(line.length() < 64_000, "a line of " + line.length() + " characters");
        assertTrue(failed.feedback().observed().endsWith(" more characters)"), failed.feedback().observed());
        assertTrue(failed.feedback().observed().length() <= BoundedText.FIELD);
        assertTrue(failed.output().length() <= BoundedText.LONG_FIELD);
        assertEquals(failed, ProtocolJson.readEvent(line));
    }

    /** A line forged or broken by student code cannot carry megabytes into the supervisor's reports. */
    @Test
    void aLineLongerThanAnyEventOrWithAnOverlongTextIsRefused() {
        String huge = "x".repeat(16 << 20);
        assertThrows(UncheckedIOException.class,
                () -> ProtocolJson.readEvent("{\"type\":\"finished\",\"output\":\"" + huge + "\"}"));
        String overlong = "y".repeat(BoundedText.LONG_FIELD + 1_000);
        assertThrows(RuntimeException.class,
                () -> ProtocolJson.readEvent("{\"type\":\"finished\",\"output\":\"" + overlong + "\"}"));
    }

    @Test
    void aLineThatIsNotAnEventIsRefused() {
        assertThrows(UncheckedIOException.class, () -> ProtocolJson.readEvent("[\"started\"]"));
        assertThrows(UncheckedIOException.class, () -> ProtocolJson.readEvent("{\"type\": \"started\""));
    }
}
