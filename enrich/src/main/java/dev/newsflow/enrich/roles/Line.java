package dev.newsflow.enrich.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph as the classifier sees it on its own: its measures and which patterns it matches.
 * Word lists are looked up word by word and patterns run only on lines that could match them (a
 * date needs a digit), so a line costs a few microseconds.
 */
final class Line {

    private static final String SENTENCE_END = ".!?…";
    private static final String CLOSING = "\"'“”„»«’)]";
    private static final String ARROWS = "»›>…→ ";
    private static final Pattern NUMBERS_ONLY = Pattern.compile("[-+]?[\\d.,:'’%\\s()/+-]+");

    final String text;
    final String lower;
    final String normalised;
    final int chars;
    final int words;
    final int functionWords;
    final int capitalisedWords;
    final int letters;
    final int digits;
    final int upperCase;
    /** Sentence ends inside the line followed by a capital: "… sein. Die …". */
    final int innerSentenceEnds;
    final boolean endsSentence;
    final boolean endsColon;
    final boolean endsEllipsis;
    final boolean startsLowerCase;
    final boolean numbersOnly;

    final boolean commentButton;
    final boolean commentAuthor;
    final boolean commentProfile;
    final boolean commentSection;
    final boolean teaserSection;
    final boolean readMore;
    final boolean author;
    final boolean dateWords;
    final boolean copyright;
    final boolean sourcesLabel;
    final boolean sourceLine;
    final boolean currency;
    final boolean address;
    final boolean pictureCredit;
    final boolean agencyCredit;
    /** Whether the line opens with an agency's dateline ("BERLIN (dpa) – "): the first paragraph of a story. */
    final boolean dateline;
    /** Whether the line starts with a picture credit, punctuation aside: "(Foto: …)", "© …", ". Imagen: …". */
    final boolean startsWithCredit;
    final boolean callToAction;
    /** Words addressing the reader: du, dich, euch, Sie (mid-sentence), Ihnen, you, your. */
    final int secondPerson;
    final int legalWords;
    final int biographyWords;
    /** The first five letters of each content word (four letters or more, not a function word), as the dedup compares words. */
    final Set<String> stems;
    /** Characters covered by dates and times. */
    final int dateChars;
    final int serviceWords;
    final int navigationWords;
    final int separators;

    Line(String text) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.normalised = LineForm.normalise(text, lower);
        this.chars = text.length();

        List<String> raw = new ArrayList<>();
        int letterCount = 0;
        int digitCount = 0;
        int upper = 0;
        int inner = 0;
        int capitalised = 0;
        int formal = 0;
        int start = -1;
        // the case of the current word's first letter, found on the way: 0 none yet, 1 upper, 2 not
        int firstLetter = 0;
        boolean sentenceStart = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && start < 0) {
                start = i;
                firstLetter = 0;
            }
            if (Character.isLetter(c)) {
                letterCount++;
                boolean upperCase = Character.isUpperCase(c);
                if (upperCase) {
                    upper++;
                }
                if (firstLetter == 0) {
                    firstLetter = upperCase ? 1 : 2;
                }
            } else if (Character.isDigit(c)) {
                digitCount++;
            }
            if (space && start >= 0) {
                raw.add(lowerOf(start, i));
                // a word without a letter before a space that is not white space (a no-break space)
                // is judged by what follows it, as startsWithCapital reads on
                boolean capital = firstLetter == 1 || firstLetter == 0 && i < text.length()
                        && !Character.isWhitespace(c) && startsWithCapital(text, i);
                if (capital) {
                    capitalised++;
                    if (!sentenceStart && isFormalAddress(text, start, i)) {
                        formal++;
                    }
                }
                sentenceStart = SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == ':';
                if (SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0 && i + 1 < text.length()
                        && Character.isUpperCase(text.charAt(i + 1))) {
                    inner++;
                }
                start = -1;
            }
        }
        this.letters = letterCount;
        this.digits = digitCount;
        this.upperCase = upper;
        this.innerSentenceEnds = inner;
        this.capitalisedWords = capitalised;
        this.words = raw.size();
        this.endsSentence = endsSentence(text);
        this.endsColon = text.endsWith(":");
        this.endsEllipsis = text.endsWith("...") || text.endsWith("…") || text.endsWith("[…]");
        this.startsLowerCase = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
        this.numbersOnly = digitCount > 0 && NUMBERS_ONLY.matcher(lower).matches();

        Words w = new Words(raw, digitCount > 0);
        this.functionWords = w.function;
        this.serviceWords = w.service;
        this.navigationWords = w.navigation;
        this.dateWords = w.dateWords;
        this.address = w.address;
        this.secondPerson = w.secondPerson + formal;
        this.legalWords = w.legal;
        this.biographyWords = w.biography;
        this.stems = w.stems;
        this.callToAction = Vocabulary.CALL_TO_ACTION.matcher(lower).lookingAt();

        boolean short_ = chars <= 80;
        this.commentButton = short_ && Vocabulary.COMMENT_BUTTON.matcher(lower).matches();
        this.commentAuthor = endsColon && chars <= 90 && Vocabulary.COMMENT_AUTHOR.matcher(lower).find();
        this.commentProfile = (lower.contains("registriert") || lower.contains(" seit") || lower.contains("since"))
                && Vocabulary.COMMENT_PROFILE.matcher(lower).find();
        this.commentSection = short_ && Vocabulary.COMMENT_SECTION.matcher(lower).matches();
        this.teaserSection = short_ && Vocabulary.TEASER_SECTION.matcher(lower).matches();
        this.readMore = Vocabulary.READ_MORE_START.matcher(lower).lookingAt() || endsInReadMore(lower);
        this.author = chars <= 120 && Vocabulary.AUTHOR.matcher(text).lookingAt();
        this.copyright = startsWithAny(lower, Vocabulary.COPYRIGHT_STARTS) || containsAny(lower, Vocabulary.COPYRIGHT_PHRASES);
        this.sourcesLabel = short_ && Vocabulary.SOURCES_LABEL.matcher(lower).matches();
        this.sourceLine = chars <= 120 && Vocabulary.SOURCE_LINE.matcher(lower).find();
        this.currency = digitCount > 0 && containsAny(lower, Vocabulary.CURRENCY_MARKS)
                && Vocabulary.CURRENCY.matcher(lower).find();
        this.pictureCredit = w.pictureCredit || containsAny(lower, Vocabulary.PICTURE_MARKS);
        this.agencyCredit = w.agencyCredit;
        this.dateline = text.indexOf('(') > 0 && Vocabulary.DATELINE.matcher(text).lookingAt();
        this.startsWithCredit = pictureCredit && startsWithCredit(raw);
        int dates = w.dateChars;
        if (digitCount >= 4 && mayHoldNumericDate(lower)) {
            dates += covered(Vocabulary.NUMERIC_DATE, lower);
        }
        if (digitCount >= 2 && (hasClockDigits(lower) || lower.contains("uhr"))) {
            dates += covered(Vocabulary.TIME, lower);
        }
        this.dateChars = dates;
        this.separators = separators(text);
    }

    private String lowerOf(int start, int end) {
        return lower.length() == text.length() ? lower.substring(start, end) : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Share of the words that are function words (0 for a line without words). */
    double functionShare() {
        return words == 0 ? 0 : (double) functionWords / words;
    }

    double capitalisedShare() {
        return words == 0 ? 0 : (double) capitalisedWords / words;
    }

    /** Whether the line is mostly a date or time. */
    boolean isDateLine() {
        return dateChars > 0 && dateChars * 2 >= letters + digits - dateChars;
    }

    boolean allCaps() {
        return letters >= 6 && upperCase * 10 >= letters * 9;
    }

    /** Prose: long enough, ends a sentence, and has the function words of a language. */
    boolean readsAsProse() {
        return words >= 8 && endsSentence && functionShare() >= 0.2;
    }

    /** What the words of a line say, looked up one by one (and in pairs for phrases). */
    private static final class Words {

        int function;
        int service;
        int navigation;
        boolean dateWords;
        boolean address;
        boolean pictureCredit;
        boolean agencyCredit;
        int dateChars;
        int secondPerson;
        int legal;
        int biography;
        final Set<String> stems = new HashSet<>();

        Words(List<String> raw, boolean hasDigits) {
            String previous = null;
            int previousLists = 0;
            for (int k = 0; k < raw.size(); k++) {
                String token = raw.get(k);
                String word = strip(token);
                if (word.isEmpty()) {
                    previous = null;
                    previousLists = 0;
                    continue;
                }
                int lists = WordLists.of(word);
                int pair = previous == null ? 0 : WordLists.ofPair(previous, previousLists, word);
                if ((lists & WordLists.FUNCTION) != 0) {
                    function++;
                } else if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                    stems.add(word.length() <= 5 ? word : word.substring(0, 5));
                }
                if ((lists & WordLists.READER_ADDRESS) != 0) {
                    secondPerson++;
                }
                if ((lists & WordLists.LEGAL) != 0) {
                    legal++;
                }
                if ((lists & WordLists.BIOGRAPHY) != 0) {
                    biography++;
                }
                if ((lists & WordLists.SERVICE) != 0 || mayStartService(word) && startsWithAny(word, Vocabulary.SERVICE_PREFIXES)
                        || (pair & WordLists.SERVICE) != 0) {
                    service++;
                }
                if ((lists & WordLists.NAVIGATION) != 0) {
                    navigation++;
                }
                if ((pair & WordLists.NAVIGATION) != 0) {
                    navigation++;
                }
                if ((lists & WordLists.DATE) != 0 || (pair & WordLists.DATE) != 0) {
                    dateWords = true;
                }
                if (token.endsWith(":")) {
                    String label = lastLetters(token);
                    pictureCredit |= Vocabulary.PICTURE_LABELS.contains(label);
                    agencyCredit |= Vocabulary.SOURCE_LABELS.contains(label);
                }
                pictureCredit |= (lists & WordLists.PICTURE_SOURCE) != 0 || (pair & WordLists.PICTURE_SOURCE) != 0;
                agencyCredit |= (lists & WordLists.AGENCY) != 0;
                address |= token.contains("://") || token.startsWith("www.") || (token.indexOf('@') > 0 && token.indexOf('.') > 0)
                        || word.indexOf('.') > 0 && endsWithAny(word, Vocabulary.DOMAIN_ENDINGS);
                if (hasDigits && ((lists & (WordLists.MONTH | WordLists.TIME_UNIT)) != 0 || word.equals("ago"))) {
                    dateChars += relativeOrNamedDate(raw, k, word, lists);
                }
                previous = word;
                previousLists = lists;
            }
        }

        /** Characters of a date made of words around this one: "23. Juni 2016", "vor 3 Stunden", "2 hours ago". */
        private static int relativeOrNamedDate(List<String> raw, int k, String word, int lists) {
            boolean before = k > 0 && hasDigit(raw.get(k - 1));
            boolean after = k + 1 < raw.size() && hasDigit(raw.get(k + 1));
            if ((lists & WordLists.MONTH) != 0 && (before || after)) {
                return word.length() + (before ? raw.get(k - 1).length() : 0) + (after ? raw.get(k + 1).length() : 0);
            }
            if ((lists & WordLists.TIME_UNIT) != 0 && before && k >= 2) {
                String ahead = strip(raw.get(k - 2));
                if (ahead.equals("vor") || ahead.equals("hace") || ahead.equals("seit")) {
                    return word.length() + raw.get(k - 1).length() + ahead.length();
                }
            }
            if (word.equals("ago") && k >= 2 && Vocabulary.TIME_UNITS.contains(strip(raw.get(k - 1))) && hasDigit(raw.get(k - 2))) {
                return word.length() + raw.get(k - 1).length() + raw.get(k - 2).length();
            }
            return 0;
        }
    }

    private static boolean isFormalAddress(String text, int start, int end) {
        char first = text.charAt(start);
        if (first != 'S' && first != 'I') {
            return false;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return Vocabulary.FORMAL_ADDRESS.contains(text.substring(start, end));
    }

    private static boolean startsWithCredit(List<String> raw) {
        for (String token : raw) {
            String word = strip(token);
            if (word.isEmpty()) {
                if (token.contains("©")) {
                    return true;
                }
                continue;
            }
            return token.contains("©") || Vocabulary.PICTURE_SOURCES.contains(word)
                    || (token.endsWith(":") && Vocabulary.PICTURE_LABELS.contains(lastLetters(token)));
        }
        return false;
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The word without the punctuation around it. */
    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == token.length() ? token : token.substring(start, end);
    }

    /** The run of letters that ends a token before its colon: "jong-un.bild:" gives "bild". */
    private static String lastLetters(String token) {
        int end = token.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(token.charAt(start - 1))) {
            start--;
        }
        return token.substring(start, end);
    }

    private static boolean endsInReadMore(String lower) {
        int end = lower.length();
        while (end > 0 && ARROWS.indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        for (String ending : Vocabulary.READ_MORE_ENDS) {
            if (lower.startsWith(ending, end - ending.length())
                    && (end == ending.length() || !Character.isLetter(lower.charAt(end - ending.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line has what every numeric date has ("15.10.2024", "15. 10. 24", "2022-04-28",
     * "4/21/22"): a digit, a dot and one or two digits (a space between allowed) and a dot again, or
     * digits either side of a dash or a slash. Most lines with figures have none, and the date
     * pattern tries every position of a line.
     */
    private static boolean mayHoldNumericDate(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '-' && c != '/') || !isDigit(text, i - 1)) {
                continue;
            }
            if (c != '.') {
                if (isDigit(text, i + 1)) {
                    return true;
                }
                continue;
            }
            int at = " \t\n\u000B\f\r".indexOf(text.charAt(i + 1)) >= 0 ? i + 2 : i + 1; // what the pattern's \s matches
            if (isDigit(text, at) && (at + 1 < text.length() && text.charAt(at + 1) == '.'
                    || isDigit(text, at + 1) && at + 2 < text.length() && text.charAt(at + 2) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line has what every clock time in figures has: a digit, a colon, a digit ("04:15"). */
    private static boolean hasClockDigits(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == ':' && isDigit(text, i - 1) && isDigit(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is a digit at this position: any Unicode digit, more than the patterns' ASCII ones, so no match is missed. */
    private static boolean isDigit(String text, int at) {
        return at < text.length() && Character.isDigit(text.charAt(at));
    }

    /** The first letters of {@link Vocabulary#SERVICE_PREFIXES}: other words need not be compared with each. */
    private static boolean mayStartService(String word) {
        return SERVICE_INITIALS.indexOf(word.charAt(0)) >= 0;
    }

    private static final String SERVICE_INITIALS = initials(Vocabulary.SERVICE_PREFIXES);

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (initials.indexOf(word.substring(0, 1)) < 0) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    private static int separators(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '/' || Character.isLetterOrDigit(c) || Vocabulary.SEPARATORS.indexOf(c) < 0) {
                continue;
            }
            boolean spaceBefore = i == 0 || text.charAt(i - 1) == ' ';
            boolean spaceAfter = i + 1 == text.length() || text.charAt(i + 1) == ' ';
            if (c == '/' || c == '>' ? spaceBefore && spaceAfter : spaceBefore || spaceAfter) {
                count++;
            }
        }
        return count;
    }

    private static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0 && !text.endsWith("...") && !text.endsWith("…");
    }

    private static boolean startsWithCapital(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, List<String> starts) {
        for (String start : starts) {
            if (text.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String text, List<String> ends) {
        for (String end : ends) {
            if (text.endsWith(end) && text.length() > end.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, List<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static int covered(Pattern pattern, String text) {
        int covered = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            covered += m.end() - m.start();
        }
        return covered;
    }
}
