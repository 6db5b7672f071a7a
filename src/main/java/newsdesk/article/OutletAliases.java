package newsdesk.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name a question cites as a publisher ({@link CitedOutlets#in}) and an outlet's name as the articles
 * give it are the same outlet: "WSJ" and "The Wall Street Journal", "the FT" and "Financial Times", "BBC" and "BBC
 * News - Technology", "CNBC's" and "Cnbc | World Business News Leader", "Reuters'" and "Reuters". Names are compared
 * case, punctuation, spaces, a leading "The" and a possessive ignored, by these forms of either name: the part
 * before " - ", " | " or ": " (the outlet, not its section or tagline); without a trailing "News", "Online" or ".com"
 * ("Fox" for "FOX News", "CBS Sports" for "CBSSports.com"); its initials when it has two words or more ("NYT",
 * "WSJ", "TOI" for "Times of India", matched only to a name written in capitals); and {@link #KNOWN}. Longer names
 * never match a part of themselves: "BBC Sport" is not "BBC News", "The Times" is not "The New York Times". A pure
 * function. For looking many names up at once, {@link #keys} and {@link #lookups} decide the same by set overlap.
 */
public final class OutletAliases {

    /**
     * Well-known short names that no rule above derives, each with its full name (as the forms above reduce it).
     * Sources: the outlets' own usage (wapo.st, nytimes.com, huffpost.com) and the MultiHop-RAG corpus's outlets.
     */
    static final Map<String, String> KNOWN = Map.of(
            "wapo", "washingtonpost",
            "nytimes", "newyorktimes",
            "nytimescom", "newyorktimes",
            "huffpost", "huffingtonpost",
            "globes", "globesenglish");

    private static final Pattern SECTION = Pattern.compile("\\s+[-|–—]\\s+|:\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s?)$");
    private static final Pattern THE = Pattern.compile("^(?i)the\\s+");
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:\\s+(?:news|online)|\\.com)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.&][\\p{L}\\p{N}]+)*");
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,6}");

    private OutletAliases() {
    }

    /** Whether {@code cited} (a name as a question writes it) names {@code outlet} (a name as an article gives it). */
    public static boolean same(String cited, String outlet) {
        return !Collections.disjoint(lookups(cited), keys(outlet));
    }

    /**
     * The keys an outlet's name is found under: its {@link #forms}, "^" and the initials of each form (with and
     * without lower-case words), and "^^" and its capitals when it is written in capitals. {@code same(cited,
     * outlet)} exactly when {@code lookups(cited)} and {@code keys(outlet)} share a key.
     */
    public static Set<String> keys(String outlet) {
        Set<String> keys = new LinkedHashSet<>(forms(outlet));
        initials(outlet).forEach(i -> keys.add("^" + i));
        capitals(outlet).ifPresent(c -> keys.add("^^" + c));
        return keys;
    }

    /** The keys a cited name looks outlets up by: its forms, "^" and its capitals, "^^" and its initials. */
    public static Set<String> lookups(String cited) {
        Set<String> lookups = new LinkedHashSet<>(forms(cited));
        capitals(cited).ifPresent(c -> lookups.add("^" + c));
        initials(cited).forEach(i -> lookups.add("^^" + i));
        return lookups;
    }

    /** The name lower-cased without dots and spaces, when it is written in 2 to 6 capitals ("WSJ", "N.Y.T."). */
    private static Optional<String> capitals(String name) {
        String capitals = strip(name).replaceAll("[.\\s]", "");
        return CAPITALS.matcher(capitals).matches() ? Optional.of(capitals.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The initials of each form of a name, with and without lower-case words (none for a one-word form). */
    private static Set<String> initials(String name) {
        Set<String> initials = new LinkedHashSet<>();
        for (String part : parts(name)) {
            initials.add(initials(part, true));
            initials.add(initials(part, false));
        }
        initials.remove("");
        return initials;
    }

    /** The keys (lower case, letters and digits only) of a name's forms, with {@link #KNOWN} aliases resolved. */
    public static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        for (String part : parts(name)) {
            String key = key(part);
            if (!key.isEmpty()) {
                forms.add(KNOWN.getOrDefault(key, key));
            }
        }
        return forms;
    }

    /** The name and its outlet part, each also without a trailing generic word; a leading "The" and possessive off. */
    private static List<String> parts(String name) {
        String whole = strip(name);
        List<String> parts = new ArrayList<>(List.of(whole, strip(SECTION.split(whole, 2)[0])));
        for (String part : List.copyOf(parts)) {
            String shorter = GENERIC.matcher(part).replaceFirst("");
            if (!shorter.equals(part) && shorter.length() >= 3) {
                parts.add(shorter);
            }
        }
        return parts;
    }

    private static String strip(String name) {
        String stripped = POSSESSIVE.matcher(name.strip()).replaceFirst("");
        return THE.matcher(stripped).replaceFirst("").strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** First letters of the words of a name of two words or more; lower-case words ("of", "and") only if asked. */
    private static String initials(String name, boolean minorWords) {
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(name);
        while (m.find()) {
            String word = m.group();
            if (minorWords || !Character.isLowerCase(word.charAt(0))) {
                words.add(word);
            }
        }
        if (words.size() < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(Character.toLowerCase(w.charAt(0))));
        return initials.toString();
    }
}
