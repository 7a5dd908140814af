package dev.newsflow.microbench;

import dev.newsflow.enrich.DedupEvent;
import dev.newsflow.enrich.Fingerprinter;
import dev.newsflow.enrich.near.MinHash;
import dev.newsflow.enrich.near.Shingles;
import dev.newsflow.model.JsonSerde;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one paragraph costs on the repartition topics: a batch with its exact claim alone, and a
 * batch with its exact claim and its 8 band claims (which carry the paragraph's word hashes),
 * written and read back. {@code json} is the format the topology used before (Jackson),
 * {@code binary} the one it uses now ({@link DedupEvent#SERDE}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DedupEventSerdeBenchmark {

    @Param({"json", "binary"})
    public String format;

    private Serde<DedupEvent> serde;
    private DedupEvent claim;
    private DedupEvent band;
    private byte[] claimBytes;
    private byte[] bandBytes;

    @Setup
    public void generate() {
        serde = format.equals("json") ? JsonSerde.of(DedupEvent.class) : DedupEvent.SERDE;
        String text = Articles.paragraphs(Articles.generate()).stream().filter(p -> p.split(" ").length >= 30)
                .findFirst().orElseThrow();
        String fingerprint = Fingerprinter.fingerprint(text);
        Shingles shingles = Shingles.of(text);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        DedupEvent.Claim exact = new DedupEvent.Claim(3, fingerprint);
        List<DedupEvent.BandClaim> bands = MinHash.bandKeys(shingles).stream()
                .map(key -> new DedupEvent.BandClaim(3, fingerprint, key, shingles)).toList();
        claim = new DedupEvent.Claims("gen-000001", 42, at, 7, List.of(exact), List.of(), List.of());
        band = new DedupEvent.Claims("gen-000001", 42, at, 7, List.of(exact), bands, List.of());
        claimBytes = serde.serializer().serialize("t", claim);
        bandBytes = serde.serializer().serialize("t", band);
        System.out.printf("%n%s: exact claim %d bytes, exact and 8 band claims %d bytes%n", format, claimBytes.length, bandBytes.length);
    }

    @Benchmark
    public byte[] writeClaim() {
        return serde.serializer().serialize("t", claim);
    }

    @Benchmark
    public DedupEvent readClaim() {
        return serde.deserializer().deserialize("t", claimBytes);
    }

    @Benchmark
    public byte[] writeBandClaim() {
        return serde.serializer().serialize("t", band);
    }

    @Benchmark
    public DedupEvent readBandClaim() {
        return serde.deserializer().deserialize("t", bandBytes);
    }
}
