package course.grader.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** {@code command positional… --name=value…}: the grader's small command-line grammar. */
record Arguments(String command, List<String> positional, Map<String, String> options) {

    static Arguments parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "true" : arg.substring(equals + 1));
            } else {
                positional.add(arg);
            }
        }
        String command = positional.isEmpty() ? "help" : positional.remove(0);
        return new Arguments(command, positional, options);
    }

    /**
     * This command line, if it names only {@code options} and at most {@code maxPositional} plain
     * arguments: a misspelt option ({@code --exercises=counter}) or a stray argument is a usage
     * error, never silently ignored (which would grade everything, or the wrong thing).
     */
    Arguments accepting(int maxPositional, Set<String> accepted) {
        for (String name : options.keySet().stream().sorted().toList()) {
            if (!accepted.contains(name)) {
                String known = accepted.stream().sorted().map(option -> "--" + option).collect(Collectors.joining(" "));
                throw new UsageException("unknown option --" + name + " for " + command
                        + (known.isEmpty() ? " (it takes none)" : "; it takes " + known));
            }
        }
        if (positional.size() > maxPositional) {
            throw new UsageException(command + " takes " + (maxPositional == 0 ? "no" : "at most " + maxPositional)
                    + " argument" + (maxPositional == 1 ? "" : "s") + " before its options, not "
                    + String.join(" ", positional));
        }
        return this;
    }

    String option(String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The option's value, made by {@code parser} from what was given (or {@code fallback}): a value the
     * parser refuses is the user's mistake, a usage error naming the option, not a failure of the grader.
     */
    <T> T option(String name, String fallback, Function<String, T> parser) {
        String value = option(name, fallback);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | NoSuchElementException refused) {
            throw new UsageException("--" + name + "=" + value + ": " + refused.getMessage());
        }
    }

    /** What {@code fromInput} makes of the user's input; what it refuses is a usage error. */
    static <T> T given(Supplier<T> fromInput) {
        try {
            return fromInput.get();
        } catch (IllegalArgumentException | NoSuchElementException refused) {
            throw new UsageException(refused.getMessage());
        }
    }

    String requiredPositional(int index, String what) {
        if (positional.size() <= index) {
            throw new UsageException("missing " + what);
        }
        return positional.get(index);
    }

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
