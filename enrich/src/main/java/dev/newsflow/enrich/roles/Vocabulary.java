package dev.newsflow.enrich.roles;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every pattern the classifier reads, each a named constant built from a list of tokens, in the
 * way trafilatura keeps its selectors in one module: adding a site's wording is a change to a
 * list here, not a new branch in the code. Lines are matched in lower case, so everything here is
 * written in lower case; word lists are looked up word by word (and in pairs for phrases).
 */
final class Vocabulary {

    private Vocabulary() {}

    // --- furniture of reader comments -------------------------------------------------------

    /** A line that is nothing but a comment's button or label. */
    static final Pattern COMMENT_BUTTON = whole(
            "melden", "antworten", "antwort", "reply", "report", "zum kommentar", "kommentar melden",
            "auf diesen kommentar antworten", "gefällt mir", "like", "likes", "avatar", "permalink", "zitieren",
            "beitrag melden", "responder", "répondre", "rispondi", "reply to this comment", "log in to reply",
            "login to reply", "anmelden, um zu antworten", "\\d+ antworten", "\\d+ replies", "zustimmen", "ablehnen",
            "empfehlen", "\\d+ empfehlungen", "daumen hoch", "daumen runter");

    /** A commenter's name line: "Rafael sagt:", "John says:". */
    static final Pattern COMMENT_AUTHOR = Pattern.compile(
            "^(antworten\\s+)?\\S.{0,60}\\s(sagt|schreibt|meint|says|wrote|writes|dice|dit|disse):\\s*$");

    /** The furniture of a commenter's profile, as on watson.ch: "15.10.2024 05:56registriert Oktober 2021". */
    static final Pattern COMMENT_PROFILE = Pattern.compile("registriert (seit )?\\p{L}+ \\d{4}|mitglied seit|member since");

    /** Where the comments begin. */
    static final Pattern COMMENT_SECTION = whole(
            "\\d*\\s*kommentare?", "kommentare? \\(\\d+\\)", "\\d*\\s*comments?", "comments? \\(\\d+\\)",
            "\\d+ (ergänzungen|antworten|reaktionen|responses|replies|comentarios|commentaires)",
            "die beliebtesten kommentare", "alle kommentare", "leserkommentare", "kommentare lesen",
            "kommentare anzeigen", "leave a reply", "leave a comment", "schreibe einen kommentar",
            "kommentar schreiben", "kommentar verfassen", "einen kommentar hinterlassen", "deine meinung",
            "ihre meinung", "diskutieren sie mit", "diskussion", "\\d+ gedanken zu .*", "\\d+ thoughts on .*",
            "one thought on .*", "ein gedanke zu .*", "join the discussion", "comentarios", "commentaires",
            "lesermeinungen", "kommentare \\d+", "post a comment", "add a comment", "\\d+ kommentare zu .*",
            "kommentar hinzufügen", "neuer kommentar",
            "\\d+ (antworten|kommentare|reaktionen|ergänzungen|responses|replies|comments|thoughts|gedanken) (zu|auf|on|to) .*");

    // --- teasers of other articles ----------------------------------------------------------

    /** A label over teasers of other articles. */
    static final Pattern TEASER_SECTION = whole(
            "mehr zum thema.*", "lesen sie auch.*", "auch interessant.*", "das könnte (dich|sie) auch( noch)? interessieren.*",
            "(das|dies) (könnte|dürfte) (dich|sie|euch) auch interessieren.*", "weitere artikel.*", "ähnliche artikel.*",
            "verwandte artikel.*", "ähnliche beiträge.*", "verwandte beiträge.*", "weitere beiträge.*", "related.*",
            "you (may|might) also like.*", "more from .*", "more stories.*", "mehr aus .*", "mehr «.*»", "mehr zu .*",
            "top-artikel.*", "meistgelesen.*", "meist gelesen.*", "most read.*", "most popular.*", "beliebte artikel.*",
            "beliebteste artikel.*", "unsere lesetipps.*", "lesetipps?", "neueste artikel.*", "neueste beiträge.*",
            "aktuelle beiträge.*", "letzte beiträge.*", "latest (news|posts|stories|articles).*", "recent posts.*",
            "empfehlungen.*", "empfohlene artikel.*", "weiterlesen.*", "zur story", "zum artikel", "mehr lesen",
            "read more.*", "previous post.*", "next post.*", "vorheriger beitrag.*", "nächster beitrag.*",
            "previous article.*", "next article.*", "top-themen.*", "topthemen.*", "das könnte sie auch interessieren.*",
            "news-ticker.*", "newsticker.*", "auch lesenswert.*", "ebenfalls interessant.*", "trending.*",
            "noticias relacionadas.*", "lo más leído.*", "te puede interesar.*", "à lire aussi.*", "lire aussi.*",
            "leia também.*", "leggi anche.*", "otras noticias.*", "neu in .*", "weitere news.*", "weitere nachrichten.*",
            "mehr nachrichten.*", "mehr news.*", "videos?", "bildergalerie.*", "fotostrecke.*", "galerie.*");

    /**
     * Invitations to read elsewhere at the start of a line, as a label: "Lesen Sie auch: …", "Lea más: …",
     * "MIRA: …", "Mehr zum Thema »". A label that says nothing else ("lea", "mira") needs its colon.
     */
    static final Pattern READ_MORE_START = Pattern.compile(
            "(lesen sie (auch|mehr|hier)|lies auch|mehr zum thema|auch interessant|siehe auch|read more|read also|see also|"
            + "weiterlesen|lire aussi|à lire aussi|voir aussi|leia também|veja também|leggi anche|lee también|"
            + "te puede interesar|das könnte sie auch interessieren|das könnte dich auch interessieren)(\\s|:|$)"
            + "|(mehr dazu|hier lesen|mehr lesen|related( stories| articles| story| article)?|zum artikel|zur story|"
            + "lea( también| más| además)?|mira( también)?|ver (más|también)|puedes ver|"
            + "tipp|empfehlung|more|mehr)\\s*(:|[»›>→]|$)");

    /** Invitations to read elsewhere at the end of a line, before any arrows: "… weiterlesen", "Mehr erfahren ›". */
    static final List<String> READ_MORE_ENDS = List.of("weiterlesen", "mehr lesen", "read more",
            "continue reading", "zum artikel", "zur story", "ver más", "lire la suite", "leia mais");

    // --- bylines ------------------------------------------------------------------------------

    /** An author line: "Von Tobias Schibilla", "By Loshaun Dixon", "Autor: …". */
    static final Pattern AUTHOR = Pattern.compile(
            "^(von|by|por|par|text:?|autor(in)?:?|author:?|written by|geschrieben von|ein artikel von|"
            + "redaktion:?|posted by|publié par|publicado por)\\s+(?-iu:\\p{Lu})"
            + "|^(ein artikel von|eine (analyse|kolumne|reportage|glosse) von|ein (kommentar|gastbeitrag|interview) von)\\s+\\p{L}"
            + "|^(autor(in)?|author|redaktion|quelle|source|fuente|text|interview|moderation|kommentar von)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of a date or source line: "Veröffentlicht am", "Aktualisiert", "Lesezeit 5 Minuten". */
    static final Set<String> DATE_WORDS = words("veröffentlicht aktualisiert erschienen erstellt geändert stand "
            + "lesezeit lesedauer published updated modified posted publicado actualizado publié pubblicato aggiornato");

    /** Two-word phrases of a date line. */
    static final Set<String> DATE_PHRASES = words("min read", "reading time", "mis à", "zuletzt geändert",
            "minuten lesezeit", "min lesezeit", "last updated");

    /** Month names and their abbreviations, in the languages of {@link FunctionWords}. */
    static final Set<String> MONTHS = words("januar jänner februar märz april mai juni juli august september oktober "
            + "november dezember jan feb mär mrz apr jun jul aug sep sept okt nov dez january february march may june "
            + "july october december mar oct dec enero febrero marzo abril mayo junio julio agosto septiembre octubre "
            + "noviembre diciembre janvier février mars avril juin juillet août septembre octobre novembre décembre "
            + "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro");

    /** Units of a relative date: "vor 3 Stunden", "2 hours ago", "hace 7 horas". */
    static final Set<String> TIME_UNITS = words("sekunden minuten stunden tagen wochen monaten jahren sekunde minute "
            + "stunde tag woche monat jahr seconds minutes hours days weeks months years second hour day week month year "
            + "minutos horas días semanas meses segundos min std h");

    /** A date in figures: "15.10.2024", "2022-04-28", "4/21/2022". */
    static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    /** A time of day: "04:15", "16:14 Uhr", "7:43 p.m.". */
    static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(\\s?(uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?\\b|\\b\\d{1,2}(\\.\\d{2})? uhr\\b");

    /** Words of an author's box: "Redakteur in der Wirtschaft", "schreibt seit 2008 für die taz", "Ich bin Eleonore". */
    static final Set<String> BIOGRAPHY_WORDS = Set.of("redakteur", "redakteurin", "korrespondent", "korrespondentin",
            "journalist", "journalistin", "autor", "autorin", "studierte", "volontariat", "volontierte", "ressort",
            "ressortleiter", "ressortleiterin", "bloggerin", "blogger", "betreiberin", "betreiber", "editor", "reporter",
            "writer", "columnist", "correspondent", "studied", "periodista", "journaliste", "redaktion", "chefredakteur",
            "chefredakteurin", "freier", "freie", "schreibt");

    // --- captions and credits -----------------------------------------------------------------

    /** Labels of a picture credit, before a colon: "Foto: dpa", "Bild: imago". */
    static final Set<String> PICTURE_LABELS = words("foto fotos bild bilder photo photos image images imagen grafik "
            + "illustration bildquelle fotograf fotografin credit credits crédito fotocredit bildrechte");

    /** Picture agencies and the words of a picture credit: "imago", "Symbolbild". */
    static final Set<String> PICTURE_SOURCES = words("imago keystone istock istockphoto shutterstock unsplash pixabay "
            + "symbolbild archivbild archivfoto symbolfoto");

    /** Two-word picture credits. */
    static final Set<String> PICTURE_PHRASES = words("getty images", "picture alliance", "adobe stock", "ap photo");

    /** Marks of a picture credit anywhere in a line. */
    static final List<String> PICTURE_MARKS = List.of("©", "(c)", "(archivbild)", "(symbolbild)", "(archivfoto)", "(foto)", "(bild)");

    /** Labels of a source credit, before a colon: "Quelle: Reuters", "Video: …". */
    static final Set<String> SOURCE_LABELS = words("quelle source video fuente");

    /** News agencies. */
    static final Set<String> AGENCIES = words("dpa afp reuters epa ddp kna epd apa sda ap");

    /**
     * The dateline an agency story's first paragraph opens with: "BERLIN (dpa) – ", "Frankfurt/Main
     * (dpa/lhe) - ", "FRANKFURT, Nov 3 (Reuters) - ": the place, maybe a date, the agency, a dash.
     * What follows is the story, never a headline.
     */
    static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}.'’/ -]{1,40}?(,\\s*[\\p{L}.]+\\.?\\s+\\d{1,2}\\.?)?\\s*"
            + "\\((?iu:" + String.join("|", AGENCIES) + "|ots|ansa|efe|kyodo|xinhua)([/-][\\p{L}-]{1,12})*\\)\\s*[–—-]\\s+");

    // --- boilerplate --------------------------------------------------------------------------

    /** Words of consent banners, newsletter and subscription boxes, donation appeals and log-in forms. */
    static final Set<String> SERVICE_WORDS = words("cookie cookies privacy einwilligung consent tracking abonnement "
            + "abo abos subscription anmelden abmelden einloggen login passwort password benutzername username "
            + "e-mail-adresse warenkorb cart checkout javascript browser werbung anzeige advertisement sponsored "
            + "gesponsert werbefrei paywall zahlung bezahlen zugang freischalten probeabo premium plus-artikel "
            + "connexion assine regístrate");

    /** Beginnings of service words: "Datenschutzerklärung", "Newsletter-Anmeldung", "abonnieren", "Spenden". */
    static final List<String> SERVICE_PREFIXES = List.of("datenschutz", "newsletter", "abonnier", "subscri", "spende",
            "donat", "suscri", "registrier");

    /** Two-word service phrases. */
    static final Set<String> SERVICE_PHRASES = words("log in", "sign in", "sign up", "email address", "jetzt testen",
            "gratis testen", "iniciar sesión", "unterstütze uns", "unterstützen sie", "support us");

    /** Words of share bars, navigation and footers. */
    static final Set<String> NAVIGATION_WORDS = words("teilen share shares tweet facebook twitter whatsapp pinterest "
            + "instagram linkedin xing telegram flipboard reddit tumblr youtube tiktok mastodon e-mail email mail "
            + "drucken print impressum imprint agb kontakt contact home startseite menü menu navigation suche suchen "
            + "search zurück back top inhalt übersicht archiv archive sitemap rss kategorie kategorien categories "
            + "category tag tags schlagwort schlagworte schlagwörter themen ressort ressorts rubrik rubriken mediadaten "
            + "jobs karriere about faq hilfe help barrierefreiheit nutzungsbedingungen terms conditions disclaimer "
            + "haftungsausschluss feedback partner shop podcast podcasts epaper e-paper app apps mehr more weiter next "
            + "previous vor seite page copyright inicio compartir partager condividi compartilhar");

    /** Two-word navigation phrases. */
    static final Set<String> NAVIGATION_PHRASES = words("nach oben", "to top", "über uns", "about us", "zum inhalt",
            "skip to", "rechte vorbehalten", "rights reserved");

    /** A copyright line: "© 2022 …", "Alle Rechte vorbehalten". */
    static final List<String> COPYRIGHT_STARTS = List.of("©", "(c)", "copyright");
    static final List<String> COPYRIGHT_PHRASES = List.of("alle rechte vorbehalten", "all rights reserved",
            "todos los derechos", "tous droits", "rechte vorbehalten", "derechos reservados");

    /** The label of a list of sources, as under t-online's and watson's articles. */
    static final Pattern SOURCES_LABEL = whole("verwendete quellen:?", "quellen:?", "sources:?", "fuentes:?");

    /** A line naming the agencies an article draws on: "Mit Material der Nachrichtenagenturen dpa und AP." */
    static final Pattern SOURCE_LINE = Pattern.compile("^(mit material (von|der|des)|material:|with (reporting|material) (from|by)|"
            + "\\(?(dpa|afp|ap|reuters|kna|epd|sda|apa)(/(dpa|afp|ap|reuters|kna|epd|sda|apa))*\\)?\\.?$)");

    /** A currency amount, as on donation buttons: "5 CHF", "14,90 Euro", "$ 10". */
    static final Pattern CURRENCY = Pattern.compile(
            "\\d[\\d.,']*\\s?(€|eur|euro|chf|fr\\.|\\$|usd|£|gbp)(?!\\p{L})|(€|\\$|£|chf|eur)\\s?\\d");
    /** What every match of {@link #CURRENCY} contains: a line without one needs no search. */
    static final List<String> CURRENCY_MARKS = List.of("€", "eur", "chf", "fr.", "$", "usd", "£", "gbp");

    /** Endings of a web address in a word: "watson.ch", "t-online.de". */
    static final List<String> DOMAIN_ENDINGS = List.of(".com", ".de", ".org", ".net", ".ch", ".at", ".info", ".io");

    /** Characters that separate breadcrumbs and the entries of a menu row. */
    static final String SEPARATORS = "|»›•·>/";

    /** Beginnings of a call to act: "Folgen Sie uns", "Sign up", "Jetzt abonnieren", "Download the app". */
    static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(folgen sie|folge uns|follow (us|the)|abonnieren sie|abonniere|jetzt (abonnieren|anmelden|registrieren|"
            + "bestellen|kaufen|testen|lesen|spenden|unterstützen)|melden sie sich|melde dich|sign up|subscribe|"
            + "download|laden sie|lade dir|holen sie sich|hol dir|unterstützen sie|unterstütze|support|spenden sie|"
            + "teilen sie|share this|klicken sie|click here|hier klicken|mehr erfahren|erfahren sie mehr|learn more|"
            + "bestellen sie|kaufen sie|get the|join (us|our)|sichern sie sich|sichere dir|werden sie|werde)\\b");

    /** Words of imprint, licence and liability notices in a site's footer. */
    static final Set<String> LEGAL_WORDS = Set.of("haftung", "haftungsausschluss", "haftungshinweis", "lizenz",
            "lizenziert", "license", "licensed", "nutzungsbedingungen", "disclaimer", "impressum", "datenschutzerklärung",
            "urheberrechtlich", "gewähr", "verantwortlich", "liability", "trademark", "trademarks", "creative-commons",
            "commons", "provision", "affiliate", "partnerlinks", "werbelinks", "gewährleistung", "engagent");

    /** Words addressing the reader, as calls to act and boxes do: "du", "euch", "you". */
    static final Set<String> READER_ADDRESS = Set.of("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
            "euch", "euer", "eure", "ihnen", "you", "your", "yours", "usted", "vous", "votre");

    /** The formal address, which counts only capitalised in mid-sentence ("Wir informieren Sie …"); the one list not in lower case. */
    static final Set<String> FORMAL_ADDRESS = Set.of("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres");

    static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

    static Set<String> words(String... phrases) {
        return Set.of(phrases);
    }

    /** A pattern that matches a whole line (lower case, trimmed, a trailing colon allowed) that is one of these. */
    private static Pattern whole(String... alternatives) {
        return Pattern.compile("^(" + String.join("|", alternatives) + ")\\s*:?$");
    }
}
