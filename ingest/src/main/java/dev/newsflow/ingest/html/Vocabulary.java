package dev.newsflow.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Every selector of the extractor in one place, as vocabularies the algorithm reads by name:
 * which tags never hold text, which are boilerplate, which words in {@code class} and {@code id}
 * mark boilerplate, comments or the article's body, and which short lines are page furniture.
 * Adding a site's quirk is a change to a vocabulary here, not a new branch in the code.
 *
 * <p>Words are matched inside the lower-cased {@code class} and {@code id} (and {@code role},
 * {@code itemprop}) of an element, as the field's extractors do; words that are too short to
 * match safely inside others (ad, nav) are matched as whole parts of a name.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** Elements that never hold article text: removed before anything else. */
    static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "applet", "video", "audio", "source", "track", "map", "area", "picture", "img",
            "button", "input", "select", "option", "optgroup", "textarea", "datalist", "label", "output", "progress",
            "meter", "dialog", "head", "link", "meta", "base", "param");

    /** Elements that are page furniture by their tag. */
    static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "menu");

    /** Parts of class and id names of navigation, sharing, teasers, ads and the like. */
    static final Pattern BOILERPLATE_NAMES = Pattern.compile(String.join("|",
            // navigation
            "navigation", "navbar", "subnav", "(^|[\\s_-])nav([\\s-]|$)", "breadcrumb", "bread-crumb", "(^|[\\s_-])menu",
            "pagination", "pager", "skiplink", "skip-link", "jumpmark",
            // footers and imprints
            "footer", "impressum", "imprint", "colophon",
            // sharing
            "share", "sharing", "shariff", "social", "sociable", "addthis", "(^|[\\s_-])print([\\s_-]|$)",
            // cookie and consent banners
            "cookie", "consent", "gdpr",
            // teasers and other articles
            "related", "recommend", "empfehl", "meistgelesen", "most-read", "mostread", "most-popular", "mostpopular",
            "popular", "trending", "outbrain", "taboola", "plista", "ligatus", "more-articles",
            "morearticles", "weitere-artikel", "mehr-zum-thema", "also-read", "next-article", "prev-next", "teaserlist",
            "teaser-list", "side-stories", "top-stories",
            // ads
            "advert", "anzeige", "werbung", "sponsor", "(^|\\s)(ad|ads|ad[-_]\\w+|ads[-_]\\w+)(\\s|$)", "adslot", "ad-slot", "ad-container",
            "adcontainer", "banner", "promo", "commercial", "(^|[\\s_-])dfp", "gpt-ad",
            // side bars and widgets
            "sidebar", "sidebox", "seitenleiste", "(^|\\s)widget([\\s_]|$)", "widget-area", "widgets", "(^|[\\s_-])rail([\\s_-]|$)",
            // sign-ups and pay walls
            "newsletter", "subscribe", "subscription", "paywall", "signup", "sign-up", "login", "register",
            // about the article rather than of it: tags, bylines, author boxes, dates, ratings
            "(^|[\\s_-])tags([\\s_-]|$)", "tag-list", "taglist", "tagcloud", "tag-cloud", "keywords", "(^|[\\s_-])meta([\\s_-]|$)", "post-meta",
            "entry-meta", "article-meta", "author", "autor", "byline", "timestamp", "dateline", "rating",
            // interactive furniture
            "toolbar", "(^|[\\s_-])tools([\\s_-]|$)", "button", "(^|[\\s_-])icon", "modal", "overlay", "popup",
            "lightbox", "slider", "carousel", "player",
            // captions and credits of pictures
            "caption", "credit", "bildnachweis", "copyright"));

    /** Parts of class and id names of comment sections. */
    static final Pattern COMMENT_NAMES = Pattern.compile(String.join("|",
            "comment", "disqus", "(^|[\\s_-])respond", "(^|[\\s_-])reply", "discussion", "leserkommentar"));

    /** Parts of class and id names of the element that holds the article's text. */
    static final Pattern BODY_NAMES = Pattern.compile(String.join("|",
            "articlebody", "article-body", "article__body", "article_body", "article-content", "article__content",
            "articlecontent", "article-text", "articletext", "article__text", "entry-content", "entry-body",
            "post-content", "postcontent", "post-body", "post-text", "post-entry", "story-body", "storybody",
            "story-content", "storycontent", "text-content", "body-text", "bodytext", "content-body", "contentbody",
            "content__body", "main-content", "maincontent", "field-body", "fulltext", "richtext", "rich-text",
            "article-main", "(^|[\\s_-])article([\\s_-]|$)", "(^|[\\s_-])story([\\s_-]|$)",
            "(^|[\\s_-])post([\\s_-]|$)", "(^|[\\s_-])entry([\\s_-]|$)", "(^|[\\s_-])content([\\s_-]|$)",
            "(^|[\\s_-])text([\\s_-]|$)", "(^|[\\s_-])main([\\s_-]|$)"));

    /** The words of a name that make an element a poor place for the article (readability's negative weight). */
    static final Pattern UNLIKELY_NAMES = Pattern.compile(String.join("|",
            "hidden", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "masthead", "media", "meta",
            "outbrain", "promo", "related", "scroll", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
            "tags", "widget", "teaser", "header", "nav", "menu", "share", "social", "banner", "ad-"));

    /** Parts of a name that raise an element (readability's positive weight). */
    static final Pattern LIKELY_NAMES = Pattern.compile(String.join("|",
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
            "blog", "story", "beitrag", "artikel", "inhalt"));

    /** Tags of elements that start a paragraph of their own. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul", "menu", "legend", "noframes");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * Short lines that are page furniture wherever they stand, whole: share bars, "read more",
     * ad labels, lead-ins to lists of other articles, comment counts, in the languages of the pages.
     */
    static final Pattern FURNITURE_LINES = Pattern.compile("(?iu)^(" + String.join("|",
            // sharing and following
            "teilen", "share", "share this( article| story| post)?", "teilen (sie dies )?mit", "artikel teilen",
            "diesen artikel teilen", "beitrag teilen", "drucken", "print", "e-?mail", "mail", "tweet", "facebook",
            "twitter", "whatsapp", "linkedin", "xing", "pinterest", "flipboard", "reddit", "telegram", "instagram",
            "youtube", "link kopieren", "copy link", "compartir", "partager", "condividi", "udostępnij",
            // ads
            "anzeige", "werbung", "advertisement", "sponsored", "reklama", "publicidad", "publicité", "pubblicità",
            // lead-ins to other articles
            "mehr zum thema", "mehr zu[mr]? .{1,40}", "lesen sie auch", "lesen sie mehr", "auch interessant",
            "das könnte (sie|dich) auch interessieren", "das (thema )?könnte (sie|dich)( auch)?( interessieren)?",
            "weitere artikel( zum thema)?", "weitere beiträge.*", "weitere themen", "mehr themen", "ähnliche (artikel|beiträge)",
            "verwandte (artikel|themen)", "empfohlene (artikel|beiträge)", "neueste (artikel|beiträge)",
            "aktuelle (artikel|beiträge|berichte).*", "die meistgelesenen( artikel)?", "meistgelesen", "meist ?gelesen",
            "schon gelesen", "zum weiterlesen", "weiterlesen", "mehr lesen", "alle artikel", "top-?themen", "themen",
            "read more", "read next", "related( articles| posts| stories| content)?", "more from .{1,30}",
            "you (may|might) also like", "recommended( for you)?", "most read", "most popular", "trending( now)?",
            "see also", "zobacz (też|także)", "czytaj (też|także|więcej)", "veja também", "leia (também|mais)",
            "à découvrir", "à lire aussi", "lire aussi", "sur le même sujet", "voir aussi", "lee también", "lea también",
            "te puede interesar", "más noticias", "noticias relacionadas", "leggi anche",
            // comments and sign-ins
            "kommentare?( \\(\\d+\\))?", "kommentieren", "keine kommentare", "\\d+ kommentare?", "comments?( \\(\\d+\\))?",
            "no comments", "leave a (comment|reply)", "write a comment", "kommentar schreiben",
            // controls
            "zurück", "back", "nach oben", "top", "schließen", "close", "merken", "speichern", "save", "wird geladen",
            "loading", "mehr anzeigen", "show more", "weitere laden", "load more", "abonnieren", "subscribe",
            "newsletter", "zum newsletter anmelden", "jetzt anmelden", "sign up", "log ?in", "anmelden", "registrieren",
            "pdf", "permalink", "permalien", "kontakt", "contact",
            // dates and reading times without the date
            "aktualisiert( am)?", "veröffentlicht( am)?", "stand", "last (modified|updated)", "updated", "release date",
            "publikacja", "publié le", "publicado", "\\d+ min(ute[ns]?|\\.)?( lesezeit| read| czytania| de lectura)?",
            "lesezeit.{0,20}") + ")[\\s.!?:…]*$");

    /** A line that is a picture's credit or a source line: "Foto: dpa", "(Quelle: Unsplash)", "Bild: Stefan Müller". */
    static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\(?\\s*(" + String.join("|",
            "fotos?", "bild(er)?", "bildquelle", "quelle", "grafik", "abbildung", "titelbild", "beitragsbild",
            "symbolbild", "photos?", "image", "images", "credits?", "photo credits?", "picture", "source", "imagen",
            "fuente", "crédits? photos?", "crédit", "źródło", "fot\\.?", "zdjęcie", "copyright") + ")(\\s*\\d+)?\\s*[:©|]\\s*\\S.{0,100}$"
            + "|^\\(?\\s*©.{0,100}$");

    /**
     * A line about the article rather than of it: a dateline, a byline, a category, contact
     * details, as "Aktualisiert am 3. April", "Kategorie: News", "Von Anna Beispiel", "Tel.: 0351 …".
     */
    static final Pattern ABOUT_LINE = Pattern.compile("(?iu)^(" + String.join("|",
            "aktualisiert", "veröffentlicht", "erschienen( in| am)?", "stand", "publiziert", "datum", "published",
            "updated", "posted( on| in)?", "last (modified|updated)", "release date", "publié( le)?", "mis à jour",
            "publicado", "actualizado", "publikacja", "aktualizacja", "kategorien?", "category", "categories", "rubrik",
            "ressort", "themen", "schlagw[oö]rte?", "stichw[oö]rte?", "autor(in|en)?", "authors?", "redaktion",
            "telefon", "tel\\.?", "fax", "e-?mail", "filed under", "abgelegt unter") + ")(\\s*:|\\s+\\d|\\s+am\\b|$).{0,70}$");

    /** A person's name as bylines write it: up to four capitalised words. */
    private static final String NAME = "\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}";

    /** A short byline: "Von Anna Beispiel", "By John Smith and Jane Doe". */
    static final Pattern BYLINE = Pattern.compile("(?u)^(Von|von|By|by|Par|par|Por|por|Autor:|Text:)\\s+" + Vocabulary.NAME
            + "(\\s*(,|und|and|et|y|&)\\s*" + Vocabulary.NAME + ")*$");

    /** A line that is only a date or a time, as bylines and side bars show them. */
    static final Pattern DATE_LINE = Pattern.compile("(?iu)^[\\p{L}.,]{0,12}\\s*(\\d{1,4}[./-]\\s?\\d{1,2}[./-]\\s?\\d{2,4}"
            + "|\\d{1,2}\\.?\\s\\p{L}{3,10}\\.?\\s\\d{4}|\\p{L}{3,10}\\.?\\s\\d{1,2},?\\s\\d{4})?"
            + "([,|\\s-]*\\d{1,2}[:.]\\d{2}(\\s?(uhr|h|am|pm))?)?\\s*$");

    /**
     * Lower-cased class, id, role and itemprop of an element: what the name patterns are matched in.
     * Class names that describe a state or a script hook rather than what the element is are left
     * out: modifiers ({@code o-section--has-ads}, {@code content-has-sidebar}) and {@code js-} hooks.
     */
    static String namesOf(Element element) {
        String classes = whatItIs(element.className());
        String id = element.id();
        String role = element.attr("role");
        String itemprop = element.attr("itemprop");
        if (classes.isEmpty() && id.isEmpty() && role.isEmpty() && itemprop.isEmpty()) {
            return "";
        }
        return (classes + " " + id + " " + role + " " + itemprop).toLowerCase(Locale.ROOT);
    }

    private static final Pattern STATE_OR_HOOK = Pattern.compile("(?i).*(--|(^|[-_])(has|with|no|without|w)[-_]|^js[-_]).*");

    private static String whatItIs(String classes) {
        if (classes.isEmpty()) {
            return classes;
        }
        StringBuilder kept = new StringBuilder();
        for (String name : classes.split("\\s+")) {
            if (!STATE_OR_HOOK.matcher(name).matches()) {
                kept.append(name).append(' ');
            }
        }
        return kept.toString();
    }
}
