package dev.newsflow.ingest;

import java.util.Locale;

/**
 * Rejects input that is not text: empty, blank, UTF-16, or binary (a NUL byte, or more than
 * 10% control characters other than tab, line feed, carriage return and form feed).
 */
final class ContentCheck {

    static final double MAX_CONTROL_SHARE = 0.10;

    private ContentCheck() {}

    /** Checks made on the raw bytes, before decoding. */
    static void checkBytes(byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("file is empty");
        }
        if (hasUtf16Bom(bytes)) {
            throw new BadInputException("UTF-16 text is not supported, convert it to UTF-8");
        }
        if (indexOfNul(bytes) >= 0) {
            throw new BadInputException("binary data (NUL byte at offset " + indexOfNul(bytes) + ")");
        }
    }

    /** Checks made on the decoded text. */
    static void checkText(String text) throws BadInputException {
        if (text.isEmpty()) {
            throw new BadInputException("file is empty");
        }
        if (text.isBlank()) {
            throw new BadInputException("file is blank (white space only)");
        }
        long controls = text.chars().filter(ContentCheck::isControl).count();
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "binary data (%.0f%% control characters)", 100.0 * controls / text.length()));
        }
    }

    private static boolean isControl(int c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
        return c0 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
