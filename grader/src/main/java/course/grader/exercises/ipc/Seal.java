package course.grader.exercises.ipc;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The mark the grader's own child programs put on every reply, so that a check knows the reply
 * came out of the child and was not made up by the parent: an echo is easy to fake, a reply that
 * starts with a code computed from a secret key the parent never sees is not. The key is new for
 * every child; the child reads it from the file that names its program, which the student's code
 * cannot read. A child the grader runs alone is unsealed: its replies are the bare echoes.
 */
final class Seal {

    /** No mark at all: the exercise's own child programs, and the grader's when it runs them alone. */
    static final Seal NONE = new Seal(null);

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 16;
    static final int MARK_BYTES = 8;

    private final byte[] key;

    private Seal(byte[] key) {
        this.key = key;
    }

    /** A seal with a key of its own. */
    static Seal fresh() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new Seal(key);
    }

    /** The seal {@link #encoded()} wrote down. */
    static Seal decode(String encoded) {
        return encoded.isEmpty() ? NONE : new Seal(HexFormat.of().parseHex(encoded));
    }

    /** This seal as text, for the child to read. */
    String encoded() {
        return key == null ? "" : HexFormat.of().formatHex(key);
    }

    /** The reply a sealed child sends for {@code message}: the mark, then the message. */
    byte[] mark(byte[] message) {
        if (key == null) {
            return message;
        }
        byte[] reply = Arrays.copyOf(markOf(message), MARK_BYTES + message.length);
        System.arraycopy(message, 0, reply, MARK_BYTES, message.length);
        return reply;
    }

    /** The message inside {@code reply}; empty if the reply does not carry this seal's mark. */
    Optional<byte[]> open(byte[] reply) {
        if (key == null) {
            return Optional.of(reply);
        }
        if (reply.length < MARK_BYTES) {
            return Optional.empty();
        }
        byte[] message = Arrays.copyOfRange(reply, MARK_BYTES, reply.length);
        return Arrays.equals(reply, 0, MARK_BYTES, markOf(message), 0, MARK_BYTES) ? Optional.of(message)
                : Optional.empty();
    }

    private byte[] markOf(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Arrays.copyOf(mac.doFinal(message), MARK_BYTES);
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, missingFromTheJdk);
        }
    }
}
