package dev.newsflow.ingest;

/**
 * What a read went through: files read (stdin counts as one; rejected content still counts,
 * a file that could not be opened does not), the bytes they held, and the files of other types
 * that walking a directory passed over. Hidden files are not counted at all.
 */
public record ReadStats(int filesRead, long bytes, int skipped) {}
