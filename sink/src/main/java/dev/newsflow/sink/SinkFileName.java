package dev.newsflow.sink;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one output file: {@code enriched+<partition>+<startOffset>+<endOffset>.jsonl}, both
 * offsets inclusive and zero-padded to 19 digits (the width of {@link Long#MAX_VALUE}) so that names
 * sort by offset. The name is the sink's only record of what it has written.
 *
 * <p>While a file is being written it is called {@code .<name>.tmp}: hidden, and never parsed as a
 * finished file.
 */
public record SinkFileName(int partition, long startOffset, long endOffset) {

    // the format and the pattern that parses it, side by side
    private static final String FORMAT = "enriched+%d+%019d+%019d.jsonl";
    private static final Pattern PATTERN =
            Pattern.compile("enriched\\+(0|[1-9]\\d{0,9})\\+(\\d{19})\\+(\\d{19})\\.jsonl");

    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";

    public SinkFileName {
        if (partition < 0 || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("not a file of partition " + partition
                    + " from offset " + startOffset + " to " + endOffset);
        }
    }

    public String format() {
        return String.format(FORMAT, partition, startOffset, endOffset);
    }

    /** The name the file has while it is being written, in the same directory. */
    public String tempFormat() {
        return TEMP_PREFIX + format() + TEMP_SUFFIX;
    }

    /** The offset the partition resumes at once this file is written. */
    public long nextOffset() {
        return endOffset + 1;
    }

    public static Optional<SinkFileName> parse(String fileName) {
        Matcher m = PATTERN.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SinkFileName(
                    Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
        } catch (IllegalArgumentException e) {
            // NumberFormatException (an offset past Long.MAX_VALUE) or offsets in the wrong order
            return Optional.empty();
        }
    }

    /** Parses the name of a file left half-written, {@code .<name>.tmp}. */
    public static Optional<SinkFileName> parseTemp(String fileName) {
        if (!fileName.startsWith(TEMP_PREFIX) || !fileName.endsWith(TEMP_SUFFIX)) {
            return Optional.empty();
        }
        return parse(fileName.substring(TEMP_PREFIX.length(), fileName.length() - TEMP_SUFFIX.length()));
    }

    @Override
    public String toString() {
        return format();
    }
}
