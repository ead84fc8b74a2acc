package course.counter;

/** Thrown by {@link Account#withdraw(long)} when the balance does not cover the amount. Given. */
public class InsufficientFundsException extends RuntimeException {

    public InsufficientFundsException(long requested, long balance) {
        super("cannot withdraw " + requested + " from a balance of " + balance);
    }
}
