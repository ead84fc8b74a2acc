package course.grader.exercises.ipc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A sealed reply opens with its own key only, and only unchanged; no seal changes nothing. */
class SealTest {

    private static final byte[] MESSAGE = "a message".getBytes(StandardCharsets.UTF_8);

    @Test
    void aMarkedReplyOpensToItsMessage() {
        Seal seal = Seal.fresh();
        byte[] reply = seal.mark(MESSAGE);
        assertEquals(MESSAGE.length + Seal.MARK_BYTES, reply.length);
        assertArrayEquals(MESSAGE, seal.open(reply).orElseThrow());
        assertArrayEquals(new byte[0], seal.open(seal.mark(new byte[0])).orElseThrow());
    }

    @Test
    void theChildReadsTheSameSealFromItsText() {
        Seal seal = Seal.fresh();
        assertArrayEquals(MESSAGE, seal.open(Seal.decode(seal.encoded()).mark(MESSAGE)).orElseThrow());
    }

    @Test
    void aBareEchoAnotherKeyOrAChangedByteDoesNotOpen() {
        Seal seal = Seal.fresh();
        byte[] changed = seal.mark(MESSAGE);
        changed[changed.length - 1] ^= 1;
        assertTrue(seal.open(MESSAGE).isEmpty());
        assertTrue(seal.open(Seal.fresh().mark(MESSAGE)).isEmpty());
        assertTrue(seal.open(changed).isEmpty());
        assertTrue(seal.open(new byte[3]).isEmpty());
    }

    @Test
    void noSealLeavesRepliesAsTheyAre() {
        assertArrayEquals(MESSAGE, Seal.NONE.mark(MESSAGE));
        assertArrayEquals(MESSAGE, Seal.NONE.open(MESSAGE).orElseThrow());
        assertEquals(Seal.NONE, Seal.decode(Seal.NONE.encoded()));
    }
}
