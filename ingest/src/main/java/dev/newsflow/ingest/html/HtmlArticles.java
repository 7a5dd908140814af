package dev.newsflow.ingest.html;

import dev.newsflow.ingest.ArticleIds;
import dev.newsflow.model.Article;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

/**
 * A saved web page ({@code .html}, {@code .htm}, gzipped or not) to an article: the title, the
 * time of publication and the main text that {@link WebPageExtractor} finds, with what the
 * markup says of each paragraph, and as the source
 * the page's canonical URL, else the file's source, from which the id is derived as for any
 * other input. Gzipped pages are told by their first bytes, whatever the file is called, and
 * are refused where they unpack to more than the size limit.
 */
public final class HtmlArticles {

    public static final String CONTENT_TYPE = "text/html";

    /** A page read as an article, with a warning where the user should hear how it was read (null otherwise). */
    public record Read(Article article, String warning) {}

    private HtmlArticles() {}

    /**
     * @param fileSource the file's source (its path below the directory read, or its name)
     * @param maxBytes the largest page read, unpacked
     * @throws PageException where the page is not a page or has no main text
     */
    public static Read fromBytes(String fileSource, byte[] bytes, long maxBytes, Instant ingestedAt) throws PageException {
        byte[] page = isGzip(bytes) ? gunzip(bytes, maxBytes) : bytes;
        checkBytes(page);
        WebPage read = WebPageExtractor.extract(page, null);
        PageMetadata metadata = read.metadata();
        String source = metadata.canonicalUrl() != null ? metadata.canonicalUrl() : fileSource;
        Article article = new Article(ArticleIds.fromSource(source), source, metadata.title(), read.text(),
                metadata.publishedAt(), ingestedAt, CONTENT_TYPE, read.markupLabels());
        return new Read(article, read.warning());
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /** Unpacks at most {@code maxBytes}: a small file that unpacks to gigabytes is refused, not read. */
    private static byte[] gunzip(byte[] bytes, long maxBytes) throws PageException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] page = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (page.length > maxBytes) {
                throw new PageException("page unpacks to more than the " + inWords(maxBytes) + " limit");
            }
            return page;
        } catch (EOFException e) {
            throw new PageException("gzip data cut short");
        } catch (IOException e) {
            throw new PageException("not valid gzip data" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static void checkBytes(byte[] page) throws PageException {
        if (page.length == 0) {
            throw new PageException("file is empty");
        }
        boolean utf16 = page.length >= 2 && ((page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF
                || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE);
        if (!utf16) {
            for (int i = 0; i < page.length; i++) {
                if (page[i] == 0) {
                    throw new PageException("binary data (NUL byte at offset " + i + "), not a web page");
                }
            }
        }
    }

    private static String inWords(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
