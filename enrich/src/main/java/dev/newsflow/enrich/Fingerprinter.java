package dev.newsflow.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The exact fingerprint of a paragraph: a 128-bit hash of its normalised text.
 *
 * <p>Normalisation removes what copy-editing and scraping change without changing the text:
 * Unicode compatibility forms (NFKC), case (full folding, so "ß" matches "SS"), the kind of
 * dash or hyphen, the kind of quote mark, soft hyphens and zero-width characters, and runs of
 * white space.
 */
public final class Fingerprinter {

    private static final HexFormat HEX = HexFormat.of();

    private Fingerprinter() {}

    public static String fingerprint(String paragraph) {
        return fingerprintOfNormalised(normalise(paragraph));
    }

    /** The fingerprint of a paragraph {@link #normalise normalised} already. */
    public static String fingerprintOfNormalised(String normalised) {
        byte[] digest = sha256().digest(normalised.getBytes(StandardCharsets.UTF_8));
        // 128 bits: collisions between different paragraphs are out of reach at any corpus size
        return HEX.formatHex(digest, 0, 16);
    }

    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.appendCodePoint(isDash(c) ? '-' : isQuote(c) ? '"' : c);
        }
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean isDash(int c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == 0x2212;
    }

    private static boolean isQuote(int c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || "\"'`´„‚‟‛″′".indexOf(c) >= 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
