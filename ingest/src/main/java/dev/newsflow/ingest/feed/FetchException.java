package dev.newsflow.ingest.feed;

/** A feed or page that could not be fetched; the message is the reason, for one line naming the URL. */
public final class FetchException extends Exception {

    private final boolean mayPass;

    public FetchException(String reason) {
        this(reason, false);
    }

    /** @param mayPass whether a later try may succeed (a timeout, a 5xx), so the entry is tried at the next poll */
    FetchException(String reason, boolean mayPass) {
        super(reason);
        this.mayPass = mayPass;
    }

    public boolean mayPass() {
        return mayPass;
    }
}
