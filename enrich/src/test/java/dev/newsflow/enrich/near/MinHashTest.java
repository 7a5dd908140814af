package dev.newsflow.enrich.near;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinHashTest {

    /**
     * Band keys are keys in the band store and on the claims: a change in the words, their hashes, the function
     * words, the seeds or the key's form would make near-copy search miss every paragraph stored before it.
     * These were computed by {@link Shingles} and {@link MinHash} as released.
     */
    @Test
    void shouldKeepTheBandKeysOfParagraphsStoredBefore() {
        Map<String, List<String>> pinned = new LinkedHashMap<>();
        pinned.put("Die Bürgermeisterin von Köln eröffnete am Montag die neue Rheinbrücke; rund 1.500 Gäste kamen.", List.of(
                "b0:89e08d25:9fe929e5:865837d3", "b1:9c68039d:8ed9f3ae:9d3394a8", "b2:d47f11af:97003b15:b0c66d73",
                "b3:8741f992:90d3a7d7:9ff4cc72", "b4:968031ae:92741b82:b4f7a7f9", "b5:852c2938:b082889a:84b17196",
                "b6:cf2feb43:834519f0:b59b89c8", "b7:bf290dc5:b9dbdee0:8136ebe5"));
        pinned.put("„Wir müssen schneller werden“, sagte Außenministerin Baerbock – und forderte mehr Hilfe für die Ukraine.", List.of(
                "b0:b703d446:99d62e38:923222d4", "b1:a230a970:ac03bbdc:8078f38d", "b2:f0698efa:83ed2e11:858009fa",
                "b3:9e8876ad:9ab65d23:a16d2632", "b4:94d231c1:84060a04:919bab14", "b5:9efa15e0:bd0d729f:a3bf9fcf",
                "b6:a6eaafb4:841a14f6:837bd619", "b7:bd6af81d:9f112109:c29c2c81"));
        pinned.put("Über Nacht fielen in Süddeutschland bis zu 30 Zentimeter Schnee, der Flughafen München schloss zwei Startbahnen.",
                List.of("b0:b8ed25e1:91a04561:999bf9e9", "b1:b12dddd9:996e8b46:8cbae5f5", "b2:8b8e86cb:8fb58af0:8531e915",
                        "b3:83f6e5d9:91443d6f:91b87ae7", "b4:8185cd4f:9bf7428b:86ee6cbd", "b5:823cb9fb:93f2650b:89b54aad",
                        "b6:85111349:aa16e08f:987c087d", "b7:9c872c14:871ceae8:9c6dac92"));
        pinned.put("Nach Angaben der Polizei wurden drei Menschen leicht verletzt (zwei davon Kinder); die Straße ist wieder frei.",
                List.of("b0:bc7fb014:cd7dee00:80a7a894", "b1:92ef373d:a577980d:81c49575", "b2:87490304:bd83a2d5:8b469938",
                        "b3:90a05802:9a4dc9b0:e54d5c29", "b4:c20e17a7:89d50476:9f39492a", "b5:a3922053:8363554d:8b6f7aaf",
                        "b6:842366b8:c9d2e5bf:b8a8377d", "b7:a4b45a4e:84c178cf:9c6dac92"));
        pinned.put("Der Verband erwartet für 2025 ein Wachstum von 3,5 Prozent – vorausgesetzt, die Zölle steigen nicht weiter.",
                List.of("b0:9221317e:9dc6b5c3:8239abb2", "b1:8d5a33e8:809e5349:838c4d1d", "b2:aea6f706:ac7a8998:9004e008",
                        "b3:97942e11:a2bd632b:aa76b003", "b4:ad4a0b58:902ae6b1:8bb8bbb7", "b5:94363757:8316c1e9:824f91e3",
                        "b6:a950dafc:87f7e7a8:8ebedf8a", "b7:91be3ede:a1c06ffa:9901d0d1"));
        pinned.put("Grüße aus Düsseldorf: Das Straßenfest „Jazz & Größe“ fällt wegen des Sturms aus!", List.of(
                "b0:af71b8e0:daac26c4:80a7a894", "b1:82260976:afb815fe:91f74849", "b2:9edf9237:94cdc286:a116d103",
                "b3:8151d965:a6f7e7d7:85198aa3", "b4:99586aa1:8f10debd:df91abab", "b5:b1824108:8e1d26b6:ce76c8bf",
                "b6:c1b08eca:8c736446:9b64436e", "b7:b28e4f17:b9bc921a:91a0c667"));

        pinned.forEach((paragraph, keys) -> assertEquals(keys, MinHash.bandKeys(Shingles.of(paragraph)), paragraph));
    }
}
