package course.grader.api;

import course.grader.harness.StudentCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts from student code are cut to their bound with a visible marker, once, wherever they are made. */
class BoundedTextTest {

    @Test
    void aShortTextIsLeftAsItIs() {
        String text = "a balance of 999 412";
        assertSame(text, BoundedText.cap(text));
        assertNull(BoundedText.cap(null));
    }

    @Test
    void aLongTextIsCutToItsBoundMarkerIncludedAndSaysHowMuchIsMissing() {
        String capped = BoundedText.cap("x".repeat(10_000), 1_000);

        assertTrue(capped.length() <= 1_000, "length " + capped.length());
        assertTrue(capped.endsWith("… (" + (10_000 - capped.indexOf('…')) + " more characters)"), capped);
        assertEquals(capped, BoundedText.cap(capped, 1_000), "capping twice changes nothing");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String capped = BoundedText.cap("😀".repeat(5_000), 1_001);
        int marker = capped.indexOf('…');
        assertTrue(capped.substring(0, marker).codePoints().allMatch(c -> c == 0x1F600), capped.substring(0, 10));
    }

    /** An exception with a 16 MB message (a submission's attack on the reports) becomes a few KB of feedback. */
    @Test
    void aStudentsHugeExceptionMessageAndThreadNameAreCapped() {
        String huge = "<script>".repeat(2 << 20);
        String described = StudentCode.describe(new IllegalStateException(huge));
        assertTrue(described.length() <= BoundedText.FIELD + 100, "length " + described.length());
        assertTrue(described.contains(" more characters)"), described.substring(described.length() - 40));
        assertTrue(StudentCode.thread(huge).length() <= BoundedText.NAME + 20);

        Feedback feedback = Feedback.expected(huge).observed(huge).cause(huge).revisit(huge);
        assertTrue(feedback.render().length() <= 4 * BoundedText.FIELD + 100);
    }
}
