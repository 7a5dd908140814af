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

    /**
     * The key of a sentence (see {@link Sentences}): SHA-256 of its words, as {@link
     * dev.newsflow.enrich.near.Shingles#words} gives them, after a byte that UTF-8 never writes, so that
     * no key can equal a paragraph's fingerprint. Words, not text: a sentence is the same whatever
     * marks a paragraph break or a quote left around it.
     */
    public static String sentenceKey(java.util.List<String> words) {
        MessageDigest digest = sha256();
        digest.update(SENTENCE_DOMAIN);
        digest.update(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest(), 0, 16);
    }

    /** 0xFF starts no UTF-8 sequence: the hash domain of sentence keys, apart from that of paragraphs. */
    private static final byte SENTENCE_DOMAIN = (byte) 0xFF;

    /**
     * The key of a paragraph's line on a site ({@link Recurrence}): SHA-256 of its fingerprint and
     * the site after a byte that UTF-8 never writes, and that is not the sentences' either, so that
     * no key can equal a paragraph's fingerprint or a sentence's key. The fingerprint has a fixed
     * length, so no two pairs give the same bytes.
     */
    public static String lineOnSiteKey(String site, String fingerprint) {
        MessageDigest digest = sha256();
        digest.update(LINE_ON_SITE_DOMAIN);
        digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        digest.update(site.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest(), 0, 16);
    }

    /** 0xFE starts no UTF-8 sequence either: the hash domain of lines on a site. */
    private static final byte LINE_ON_SITE_DOMAIN = (byte) 0xFE;

    public static String normalise(String text) {
        String folded = FastFold.fold(text);
        if (folded == null) {
            folded = slowFold(text);
        }
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            byte kind = c < KINDS.length ? KINDS[c] : kind(c);
            if (kind == INVISIBLE) {
                continue;
            }
            if (kind == SPACE) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (kind == DASH) {
                out.append('-');
            } else if (kind == QUOTE) {
                out.append('"');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static final byte OTHER = 0;
    private static final byte INVISIBLE = 1;
    private static final byte SPACE = 2;
    private static final byte DASH = 3;
    private static final byte QUOTE = 4;
    /** The kinds of the chars German text is written in, looked up rather than asked of Character each time. */
    private static final byte[] KINDS = new byte[0x2100];

    static {
        for (int c = 0; c < KINDS.length; c++) {
            KINDS[c] = kind(c);
        }
    }

    private static byte kind(int c) {
        if (isInvisible(c)) {
            return INVISIBLE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return isDash(c) ? DASH : isQuote(c) ? QUOTE : OTHER;
    }

    /** NFKC, then full case folding (upper then lower, so "ß" becomes "ss"). */
    static String slowFold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
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
