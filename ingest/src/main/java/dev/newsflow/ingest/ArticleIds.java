package dev.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Article ids. An id derived from the source is stable, so feeding the same source again
 * replaces the article instead of duplicating it.
 */
public final class ArticleIds {

    public static final int MAX_LENGTH = 200;

    // safe in file names, URLs and log lines without quoting
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private ArticleIds() {}

    /** The first 16 hex characters (64 bits) of SHA-256 over the source's UTF-8 bytes. */
    public static String fromSource(String source) {
        byte[] hash = sha256().digest(source.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }

    static String checked(String givenId) throws BadInputException {
        if (!VALID.matcher(givenId).matches()) {
            throw new BadInputException("field 'id' must be 1 to " + MAX_LENGTH
                    + " characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'");
        }
        return givenId;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
