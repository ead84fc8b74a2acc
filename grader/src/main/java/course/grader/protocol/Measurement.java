package course.grader.protocol;

import course.grader.api.BoundedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A figure a check measured, with its unit (cut to a name's bound: {@link BoundedText#NAME}). */
public record Measurement(double value, String unit) {

    /** More figures than any check measures; a line or a stored grade claiming more is broken or forged. */
    public static final int MAX_PER_CHECK = 64;

    public Measurement {
        unit = BoundedText.cap(unit, BoundedText.NAME);
    }

    /** The figures of one check with their names bounded, at most {@value #MAX_PER_CHECK}; never null. */
    public static Map<String, Measurement> bounded(Map<String, Measurement> figures) {
        if (figures == null) {
            return Map.of();
        }
        Map<String, Measurement> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Measurement> figure : figures.entrySet()) {
            if (kept.size() == MAX_PER_CHECK) {
                break;
            }
            if (figure.getKey() != null && figure.getValue() != null) {
                kept.put(BoundedText.cap(figure.getKey(), BoundedText.NAME), figure.getValue());
            }
        }
        return Collections.unmodifiableMap(kept);
    }
}
