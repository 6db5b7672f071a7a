package newsdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * function.
 */
final class OutletAliases {

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
    static boolean same(String cited, String outlet) {
        Set<String> citedForms = forms(cited);
        Set<String> outletForms = forms(outlet);
        if (citedForms.stream().anyMatch(outletForms::contains)) {
            return true;
        }
        return acronymOf(cited, outlet) || acronymOf(outlet, cited);
    }

    /** Whether {@code shortName} is written in capitals and is the initials of a form of {@code longName}. */
    private static boolean acronymOf(String shortName, String longName) {
        String capitals = strip(shortName).replaceAll("[.\\s]", "");
        if (!CAPITALS.matcher(capitals).matches()) {
            return false;
        }
        String key = capitals.toLowerCase(Locale.ROOT);
        for (String part : parts(longName)) {
            if (initials(part, true).equals(key) || initials(part, false).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The keys (lower case, letters and digits only) of a name's forms, with {@link #KNOWN} aliases resolved. */
    static Set<String> forms(String name) {
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
