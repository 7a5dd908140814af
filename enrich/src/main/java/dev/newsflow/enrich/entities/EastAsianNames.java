package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Korean and Chinese names, family name first: "Kim Jong Un", "Kim Jong-un", "Yoon Suk Yeol",
 * "Lim Eul-chul". The German model knows few of their syllables, so it cuts them short ("Kim
 * Jong"), runs them into a neighbour ("Putin Kim Jong-uns") or types them ORG. A known family
 * name followed by a hyphenated given name, or by one or two known syllables, is one person.
 */
final class EastAsianNames implements ChunkRule {

    /** Family names that are not also German words, so that "Im", "An", "Ma" start nothing. */
    private static final Set<String> FAMILY_NAMES = Set.of(
            // Korean
            "Kim", "Lee", "Yi", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho",
            "Yoon", "Yun", "Jang", "Lim", "Han", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong",
            "Jeon", "Moon", "Yang", "Bae", "Baek", "Heo", "Ri", "Roh", "Ban", "Chun", "Ryu",
            // Chinese
            "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Hu", "Zhu",
            "Gao", "Guo", "Mao", "Deng", "Jiang", "Wen", "Qin", "Tang", "Feng", "Cai", "Peng", "Zeng",
            "Xiao", "Tian", "Dong", "Yuan", "Wei");
    /** Syllables of romanised given names; none is a capitalised German word. */
    private static final Set<String> SYLLABLES = Set.of(
            "Jong", "Un", "Il", "Sung", "Yo", "Suk", "Yeol", "Moo", "Jin", "Jae", "Hee", "Min", "Hyun",
            "Soo", "Woo", "Ki", "Dae", "Myung", "Bak", "Geun", "Hye", "Kyung", "Sang", "Seok", "Chol",
            "Hwa", "Yong", "Chul", "Eun", "Hoon", "Won", "Tae", "Seung", "Young", "Hak", "Kwang",
            "Byung", "Kyu", "Joon", "Hyuk", "Sik", "Yeon", "Ryong", "Yi", "Qiang", "Jinping", "Keqiang",
            "Jintao", "Zemin", "Xiaoping", "Zedong");
    /** "Jong-un", "Jong-uns", "Eul-chul", "Suk-yeol". */
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    @Override
    public String name() {
        return "east-asian-names";
    }

    @Override
    public List<Chunk> apply(Sentence sentence, List<Chunk> chunks) {
        List<Chunk> result = chunks;
        for (int i = 0; i < sentence.size() - 1; i++) {
            if (!FAMILY_NAMES.contains(sentence.token(i).text())) {
                continue;
            }
            int end = givenNameEnd(sentence, i + 1);
            if (end < 0 || !isPersonName(sentence, i, end)) {
                continue;
            }
            result = makePerson(result, i, end);
            i = end - 1;
        }
        return result;
    }

    /** The end of the given name that starts at {@code from}, or -1 where none does. */
    private static int givenNameEnd(Sentence sentence, int from) {
        if (HYPHENATED_GIVEN_NAME.matcher(sentence.token(from).text()).matches()) {
            return from + 1;
        }
        int end = from;
        while (end < sentence.size() && end < from + 2 && isSyllable(sentence.token(end).text(), end > from)) {
            end++;
        }
        return end > from ? end : -1;
    }

    private static boolean isSyllable(String text, boolean mayBeGenitive) {
        return SYLLABLES.contains(text)
                || (mayBeGenitive && text.endsWith("s") && SYLLABLES.contains(text.substring(0, text.length() - 1)));
    }

    /** Two given-name parts are evidence enough; one needs the model to have seen a person there. */
    private static boolean isPersonName(Sentence sentence, int from, int end) {
        boolean hyphenated = sentence.token(from + 1).text().indexOf('-') > 0;
        return hyphenated || end - from >= 3 || EntityTypes.PER.equals(sentence.token(from).label());
    }

    /**
     * The person's tokens become one PER chunk. A chunk that reached into them from the left keeps
     * what is outside ("Putin" of "Putin Kim Jong-uns"); a person the model saw going on to the
     * right keeps going ("Ban Ki Moon"), since the model knows more names than the syllable list.
     */
    private static List<Chunk> makePerson(List<Chunk> chunks, int from, int to) {
        List<Chunk> overlapping = Chunks.overlapping(chunks, from, to);
        List<Chunk> added = new ArrayList<>();
        int end = to;
        for (Chunk chunk : overlapping) {
            if (chunk.from() < from) {
                added.add(Chunk.of(chunk.from(), from, chunk.type()));
            }
            if (chunk.to() > to && EntityTypes.PER.equals(chunk.type())) {
                end = chunk.to();
            } else if (chunk.to() > to) {
                added.add(Chunk.of(to, chunk.to(), chunk.type()));
            }
        }
        added.add(Chunk.of(from, end, EntityTypes.PER));
        return Chunks.replace(chunks, overlapping, added);
    }
}
