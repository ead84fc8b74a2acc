package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.ipc.Framing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * {@link Framing} alone, on streams the check controls: a frame is its length in 4 big-endian bytes,
 * then its bytes, flushed; frames are read whole from a stream that hands out a few bytes per read,
 * as a pipe may; a clean end is null, an end inside a frame an {@link EOFException}. And it is
 * safe to call from several threads at once, each on its own streams (two conversations with two
 * children): {@value #WRITERS} threads write and read back frames of their own sizes side by side,
 * and a buffer shared by all calls (a static header array) lends one thread's length to another's frame.
 */
@CheckInfo(id = "framing-on-any-stream", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Framing: length then bytes, flushed; whole frames from a trickling stream; null or EOFException at the end")
public final class FramingOnAnyStream implements CheckBody {

    private static final java.time.Duration BOUND = java.time.Duration.ofSeconds(5);
    private static final int WRITERS = 4;
    private static final int FRAMES_PER_WRITER = 2_000;
    /** Each writer's frames are about this much longer than the previous writer's, so that a borrowed length shows. */
    private static final int SIZE_STEP = 700;

    @Override
    public void run(CheckContext context) throws Exception {
        try {
            ThreadGang.start("framing", 1, index -> {
                writesLengthThenBytes();
                readsWholeFrames();
                endsInsideAFrame("a header of 2 bytes", new byte[] {0, 0});
                endsInsideAFrame("a frame of 10 bytes that ends after 3", new byte[] {0, 0, 0, 10, 1, 2, 3});
            }).join(BOUND);
            ThreadGang.start("conversation", WRITERS, FramingOnAnyStream::framesOfItsOwnSize).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("Framing to read and write frames on in-memory streams at once")
                    .observed("it was still running after " + BOUND.toSeconds() + " s; " + stuck.diagnosis())
                    .cause("a read loop that never sees the end of the stream: read() returns -1 there, and a loop"
                            + " that adds -1 to its count never reaches the frame's length")
                    .revisit("the end of a stream: read() returns -1, readNBytes fewer bytes than asked"), true);
        } catch (WorkerFailedException failed) {
            if (failed.getCause() instanceof CheckFailure verdict) {
                throw verdict;
            }
            throw failed;
        }
    }

    private static void writesLengthThenBytes() throws Exception {
        byte[] message = new byte[300];
        new Random(3).nextBytes(message);
        FlushCountingStream out = new FlushCountingStream();
        Framing.write(out, message);
        byte[] expected = new byte[304];
        expected[2] = 1;
        expected[3] = 44;
        System.arraycopy(message, 0, expected, 4, message.length);
        if (!Arrays.equals(out.toByteArray(), expected) || out.flushedSize != expected.length) {
            throw new CheckFailure(Feedback.expected("Framing.write of 300 bytes to write 00 00 01 2c, then the 300"
                            + " bytes (304 in all), then flush")
                    .observed(out.size() + " bytes starting " + start(out.toByteArray()) + ", " + out.flushedSize
                            + " of them flushed")
                    .cause(out.flushedSize != out.size() ? "the frame is not flushed: a buffered stream keeps it, and"
                            + " the other side waits for ever" : "the length is not written as 4 big-endian bytes")
                    .revisit("DataOutputStream.writeInt writes 4 big-endian bytes; flush after every frame"));
        }
    }

    private static void readsWholeFrames() throws Exception {
        List<byte[]> frames = List.of(new byte[0], new byte[5], new byte[70_000], new byte[] {'\n'});
        new Random(5).nextBytes(frames.get(2));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (byte[] frame : frames) {
            Frames.write(stream, frame);
        }
        TricklingStream in = new TricklingStream(stream.toByteArray());
        for (int index = 0; index < frames.size(); index++) {
            byte[] read = Framing.read(in);
            if (!Arrays.equals(read, frames.get(index))) {
                throw new CheckFailure(Feedback.expected("frames of 0, 5, 70 000 and 1 bytes read whole from a stream"
                                + " that returns at most 7 bytes per read(), as a pipe may")
                        .observed("frame " + index + " came back as " + (read == null ? "null" : read.length + " bytes")
                                + " instead of " + frames.get(index).length)
                        .cause("a single read() returns what has arrived so far, not the whole frame")
                        .revisit("readFully / readNBytes read exactly as many bytes as the frame says"));
            }
        }
        byte[] afterEnd = Framing.read(in);
        if (afterEnd != null) {
            throw new CheckFailure(Feedback.expected("null from Framing.read when the stream ends before a new frame")
                    .observed("it returned " + afterEnd.length + " bytes")
                    .cause("the end of the stream is taken for a frame")
                    .revisit("read() returns -1 at the end of a stream"));
        }
    }

    /**
     * Writer {@code index} writes {@value #FRAMES_PER_WRITER} frames of its own sizes to a stream of
     * its own, while the other writers do the same, then reads them back, while they do too.
     */
    private static void framesOfItsOwnSize(int index) throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int frame = 0; frame < FRAMES_PER_WRITER; frame++) {
            Framing.write(stream, frameOf(index, frame));
        }
        ByteArrayInputStream in = new ByteArrayInputStream(stream.toByteArray());
        for (int frame = 0; frame < FRAMES_PER_WRITER; frame++) {
            String outcome;
            try {
                byte[] read = Framing.read(in);
                outcome = Arrays.equals(read, frameOf(index, frame)) ? null
                        : read == null ? "null" : read.length + " bytes";
            } catch (IOException cutShort) {
                outcome = "an " + cutShort.getClass().getSimpleName();
            }
            if (outcome != null) {
                throw new CheckFailure(Feedback.expected(WRITERS + " threads, each writing " + FRAMES_PER_WRITER
                                + " frames to a stream of its own and reading them back, to get back each frame as written")
                        .observed("frame " + frame + " of thread " + index + ", written as " + frameOf(index, frame).length
                                + " bytes, came back as " + outcome)
                        .cause("Framing keeps something every call shares — a static buffer for the length, say — so"
                                + " one thread's write or read uses what another thread put there: the frame carries"
                                + " another frame's length")
                        .revisit("a static method used by many threads keeps its working state in local variables"));
            }
        }
    }

    /** Frame {@code frame} of writer {@code index}: its own size, bytes that say whose frame it is. */
    private static byte[] frameOf(int index, int frame) {
        byte[] bytes = new byte[10 + index * SIZE_STEP + frame % 7];
        Arrays.fill(bytes, (byte) (index * 31 + frame));
        return bytes;
    }

    private static void endsInsideAFrame(String what, byte[] bytes) throws Exception {
        Object outcome;
        try {
            byte[] read = Framing.read(new TricklingStream(bytes));
            outcome = read == null ? "null" : read.length + " bytes";
        } catch (EOFException expected) {
            return;
        } catch (IOException other) {
            outcome = other.getClass().getSimpleName();
        }
        throw new CheckFailure(Feedback.expected("an EOFException from Framing.read when the stream ends inside " + what)
                .observed("it returned " + outcome)
                .cause("a frame cut short is taken for a clean end, or for a whole frame: the reader cannot tell a"
                        + " child that crashed mid-reply from one that finished")
                .revisit("null only when the stream ends before a frame begins; EOFException (readFully) inside one"));
    }

    private static String start(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 4));
    }

    /** Remembers how many bytes had been written when it was last flushed. */
    private static final class FlushCountingStream extends ByteArrayOutputStream {
        int flushedSize;

        @Override
        public void flush() {
            flushedSize = size();
        }
    }

    /** Hands out 1 to 7 bytes per read, never more, like a pipe that the writer fills slowly. */
    private static final class TricklingStream extends java.io.InputStream {
        private final byte[] bytes;
        private int position;
        private int reads;

        TricklingStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + reads++ % 7), bytes.length - position);
            System.arraycopy(bytes, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
