package newsdesk.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import newsdesk.article.Article;

/**
 * A deterministic corpus of invented local news for store tests: article {@code i} is about an invented town whose
 * name occurs in no other article, with one fact (a budget) to ask about. Outlets rotate over four names and dates
 * run one day apart from 2025-01-01.
 */
public final class GeneratedArticles {

    public static final List<String> OUTLETS = List.of("Harbor Gazette", "Valley Times", "Metro Ledger",
            "Coastal Courier");
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private static final String[] SYLLABLES = {"vel", "mor", "qui", "tar", "bro", "lis", "dan", "kel", "zor", "pha",
        "run", "ost"};
    private static final String[] TOPICS = {"a new library", "flood barriers", "a tram line", "school roofs",
        "a harbour dredge", "street lighting", "a youth centre", "water mains"};
    private static final String[] PEOPLE = {"Ana Duarte", "Ben Okafor", "Chen Wei", "Dina Haddad", "Emil Novak",
        "Farah Qureshi", "Goran Ilic", "Hana Sato"};

    private GeneratedArticles() {
    }

    /** The invented town of article {@code i}, e.g. "Velmorqui". */
    public static String town(int i) {
        String name = SYLLABLES[i % 12] + SYLLABLES[(i / 12) % 12] + SYLLABLES[(i / 144) % 12];
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    public static String outlet(int i) {
        return OUTLETS.get(i % OUTLETS.size());
    }

    public static LocalDate day(int i) {
        return FIRST_DAY.plusDays(i);
    }

    /** The budget figure the article reports, in millions. */
    public static int budget(int i) {
        return 10 + (i * 37) % 900;
    }

    /** A question only article {@code i} answers. */
    public static String question(int i) {
        return "How much did the " + town(i) + " council approve for " + TOPICS[i % TOPICS.length] + "?";
    }

    public static Article article(int i) {
        String town = town(i);
        String topic = TOPICS[i % TOPICS.length];
        String person = PEOPLE[i % PEOPLE.length];
        String body = String.join("\n\n",
                "The " + town + " council approved $" + budget(i) + " million for " + topic
                        + " on Tuesday after a long debate.",
                "Mayor " + person + " said the money would come from reserves and a small bond issue. "
                        + "Residents had asked for the work for years.",
                "Opponents argued that " + topic + " could wait and that taxes were already high in " + town + ".",
                "Work is expected to start in spring and to last " + (2 + i % 5) + " years, the council said. "
                        + "A public meeting will be held next month.",
                "The region's other towns are watching the project closely.");
        OffsetDateTime published = day(i).atTime(9 + i % 8, 30).atOffset(ZoneOffset.ofHours(i % 3 - 1));
        return Article.of(town + " council approves " + topic, outlet(i), person, published,
                "https://news.example/" + town.toLowerCase(Locale.ROOT), body);
    }

    public static List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }
}
