package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for, from its wording alone (English): its parts ("When is the parade and who is going?" has
 * a {@link AnswerType#DATE} part and a {@link AnswerType#PERSON_OR_ORG} part) and, when it asks about an article
 * rather than what the article says ("Who wrote the piece about …?", "Which outlet reported …?", "When did Fortune
 * publish the story on …?", "Where can I read …?"), the article field that answers it ({@code "author"},
 * {@code "source"}, {@code "publishedAt"}, {@code "url"}), else {@code null}. Pure and cheap: a few regular
 * expressions, no model.
 */
record QuestionAnalysis(List<QuestionPart> parts, String field) {

    QuestionAnalysis {
        parts = List.copyOf(parts);
    }

    private static final Pattern SPLIT = Pattern.compile(
            "\\?\\s+|;\\s*|,?\\s+and\\s+(?=(who|whom|whose|when|where|what|which|how|why)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile(
            "^(and|so|also|then|but|or|please|tell me|do you know|according to the articles?,?)\\s+|"
                    + "^(on|in|at|by|for|from|to|with|during|since|until|of|after|before|into|against)\\s+"
                    + "(?=(what|which|whom|how)\\b)");
    private static final Pattern AUTHOR = Pattern.compile("\\bwho (wrote|writes|authored|penned|is the author"
            + "|reported for|covered .* for|wrote for|writes for"
            + "|was the author|were the authors)\\b|\\bwhose byline\\b|\\bwritten by whom\\b|\\b(which|what) "
            + "(journalist|reporter|writer|author|columnist|correspondent)s? (wrote|reported|covered|penned)\\b");
    private static final Pattern SOURCE = Pattern.compile("\\b(which|what) (news )?(outlet|publication|newspaper"
            + "|news site|website|site|magazine|media outlet|news organi[sz]ation|paper|source)s?\\b"
            + "|\\bwhere (was|were) (the|this|that|an?) (article|story|piece|report|column)s? (published|posted)\\b"
            + "|\\bwho published\\b");
    private static final Pattern PUBLISHED = Pattern.compile("^(when|on what (date|day)|what date|what day) (was|were"
            + "|is|did) .*\\b(published|posted|publish|post)\\b|\\bpublication date\\b");
    private static final Pattern PUBLISHER_VERB = Pattern.compile(
            "^[Ww]hen did (the )?\\p{Lu}[\\p{L}.]*( \\p{Lu}[\\p{L}.]*)* (report|publish|write|cover|run)\\b");
    private static final Pattern URL = Pattern.compile("\\bwhere (can|could|do|should) (i|we|you) (read|find|see)\\b"
            + "|\\b(link|url|web address) (to|for|of)\\b|\\bwhere to read\\b|\\bwhat is the (link|url)\\b");

    private static final Pattern WEEKDAY_FRAME = Pattern.compile(
            "(?i)\\b((on|for|at) )?(what|which) (day of the week|day|date|weekday|time)\\b");
    private static final Pattern FACT_FRAME = Pattern.compile("(?i)\\b(articles?|story|stories|pieces?|reports?"
            + "|columns?|op-eds?|posts?|wrote|written|write|authored|author|published|publish|publication|outlet"
            + "|newspaper|link|url|read|reported|report|byline|journalist|reporter|writer)\\b");
    private static final Pattern WHO = Pattern.compile("^(who|whom|whose)\\b");
    private static final Pattern WHO_SINGLE = Pattern.compile("^who (is|was|'s) (the|a|an|this|that)\\b");
    private static final Pattern WHO_LIST = Pattern.compile("^who (are|were|else)\\b");
    private static final Pattern WHEN = Pattern.compile("^(when|how long ago)\\b|^(what|which) (year|month|day|date"
            + "|time|weekday|hour|season|decade|quarter)\\b");
    private static final Pattern HOW_QUANTITY = Pattern.compile("^(by )?how (many|much|long|old|far|big|large|high"
            + "|tall|fast|often|heavy|deep|wide|expensive|late)\\b\\s*(\\p{L}+)?");
    private static final Pattern WHAT_QUANTITY = Pattern.compile("^(what|which)( (is|was|are|were|will be))?( the)?"
            + "( [\\p{L}'.-]+){0,3} (percentage|percent|share|proportion|number|amount|price|cost|value|valuation|rate"
            + "|score|worth|sales|earnings"
            + "|total|sum|figure|salary|size|population|age|margin|budget|revenue|profit|fine|fee|capacity|odds"
            + "|spread|count|height|weight|distance|duration|attendance|payout|bonus|scoreline|crowd|tally"
            + "|unbeaten record|win-loss record)\\b");
    private static final Pattern WHERE = Pattern.compile("^where\\b");
    private static final Pattern NAME_OF = Pattern.compile("^(what|which)('s| is| was| are| were)? the names? of\\b");
    /** "What testing technology does …": one or two words after "what", then an auxiliary. */
    private static final Pattern WHAT_PHRASE = Pattern.compile("^what ((?:\\p{L}+ )?\\p{L}+) (does|did|do|is|was|are"
            + "|were|will|has|have|had|can|could|would)\\b");
    /** "What is the new group … called?": the first one or two words after the article are the head. */
    private static final Pattern CALLED = Pattern.compile("^what (is|was|are|were) (the|a|an) ((?:\\p{L}+ )?\\p{L}+)"
            + " .*\\b(called|named|known as)$");
    private static final Pattern WHICH_HEAD = Pattern.compile("^(which|what)\\s+(\\p{L}+)(\\s+(\\p{L}+))?");
    static final Set<String> PERSON_HEADS = Set.of("person", "people", "individual", "individuals", "leader", "leaders",
            "player", "players", "executive", "executives", "ceo", "founder", "founders", "official", "officials",
            "politician", "politicians", "president", "minister", "coach", "coaches", "athlete", "athletes",
            "journalist", "actor", "actress", "singer", "artist", "director", "quarterback", "receiver", "celebrity",
            "billionaire", "entrepreneur", "candidate", "candidates", "senator", "lawmaker", "lawmakers", "judge",
            "referee", "manager", "member", "members", "star", "stars", "figure", "man", "woman", "guests",
            "guest", "head", "chief", "spokesperson", "investor", "investors", "analyst", "rapper", "musician", "boss",
            "owner", "forward", "striker", "winger", "defender", "midfielder", "goalkeeper", "streamer", "youtuber",
            "creator", "whistleblower", "scientist", "author", "chairman", "successor");
    /** Words after "which" / "what" that may hold a compound question's head noun ("cinema chain boss"). */
    static final int COMPOUND_WORDS = 3;
    static final Set<String> PLACE_HEADS = Set.of("city", "cities", "country", "countries", "state", "states", "town",
            "venue", "stadium", "region", "place", "continent", "province", "county", "location", "island",
            "capital", "nation", "nations", "arena", "airport", "neighborhood", "neighbourhood");
    static final Set<String> DATE_HEADS = Set.of("year", "month", "day", "date", "time", "weekday", "hour");
    /** Nouns after "what" that name a thing ("What company …?"); any other word after "what" makes it open. */
    static final Set<String> NAMED_HEADS = Set.of("company", "companies", "firm", "startup", "organization",
            "organisation", "organizations", "organisations", "entity", "entities", "institution", "institutions",
            "app", "application", "platform", "product", "film", "movie", "show", "series", "book", "game", "brand", "service", "team", "teams", "club", "device", "model", "phone", "network",
            "website", "bank", "fund", "exchange", "agency", "group", "party", "tournament", "league", "award",
            "song", "album", "band", "channel", "tool", "software", "chatbot", "cryptocurrency", "coin", "token",
            "airline", "retailer", "store", "studio", "publisher", "university", "school", "court", "index",
            "sportsbook", "operator", "manufacturer", "carmaker", "automaker", "console", "browser", "law", "bill",
            "maker");
    private static final Set<String> NOT_HEADS = Set.of("is", "was", "are", "were", "do", "does", "did", "will",
            "would", "can", "could", "has", "have", "had", "should", "of", "the", "a", "an", "to", "in", "kind",
            "sort", "type", "happened", "happens", "caused", "made", "makes");

    /** The analysis of {@code question}; never {@code null}, at least one part. */
    static QuestionAnalysis of(String question) {
        String field = field(question);
        List<QuestionPart> parts = new ArrayList<>();
        Matcher split = SPLIT.matcher(question);
        int from = 0;
        while (split.find()) {
            addPart(question.substring(from, split.start()), parts);
            from = split.end();
        }
        addPart(question.substring(from), parts);
        if (parts.isEmpty()) {
            parts.add(new QuestionPart(question.strip(), AnswerType.OPEN, false, null));
        }
        return new QuestionAnalysis(parts, field);
    }

    /** The article field the question asks for, or {@code null} when it asks about the articles' content. */
    static String field(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (AUTHOR.matcher(q).find()) {
            return "author";
        }
        if (URL.matcher(q).find()) {
            return "url";
        }
        if (PUBLISHED.matcher(q).find() || PUBLISHER_VERB.matcher(question.strip()).find()) {
            return "publishedAt";
        }
        if (SOURCE.matcher(q).find()) {
            return "source";
        }
        return null;
    }

    /**
     * The question without the words that frame it rather than say what it is about: "what day of the week", and
     * for a question about an article "article", "story", "wrote", "published", "outlet" and the like.
     */
    String content(String question) {
        String content = WEEKDAY_FRAME.matcher(question).replaceAll(" ");
        return field == null ? content : FACT_FRAME.matcher(content).replaceAll(" ");
    }

    /** Whether some part expects a typed answer (anything but {@link AnswerType#OPEN}). */
    boolean typed() {
        return parts.stream().anyMatch(p -> p.type() != AnswerType.OPEN);
    }

    private static void addPart(String raw, List<QuestionPart> parts) {
        String text = raw.strip().replaceAll("[?.!]+$", "").strip();
        if (!text.isEmpty()) {
            parts.add(part(text));
        }
    }

    static QuestionPart part(String text) {
        String q = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Matcher lead = LEAD.matcher(q); lead.find(); lead = LEAD.matcher(q)) {
            q = q.substring(lead.end());
        }
        if (WHO.matcher(q).find()) {
            String role = HeadNoun.role(q, PERSON_HEADS);
            boolean list = !WHO_SINGLE.matcher(q).find() && role == null || WHO_LIST.matcher(q).find();
            return new QuestionPart(text, AnswerType.PERSON_OR_ORG, list, role);
        }
        if (q.startsWith("what day of the week")) {
            return new QuestionPart(text, AnswerType.DATE, false, "weekday");
        }
        if (WHEN.matcher(q).find()) {
            Matcher which = WHICH_HEAD.matcher(q);
            String head = which.find() && DATE_HEADS.contains(which.group(2)) ? which.group(2) : null;
            return new QuestionPart(text, AnswerType.DATE, false, head);
        }
        Matcher quantity = HOW_QUANTITY.matcher(q);
        if (quantity.find()) {
            String head = quantity.group(2).matches("many|much") ? quantity.group(3) : quantity.group(2);
            return new QuestionPart(text, AnswerType.NUMBER, false, NOT_HEADS.contains(head) ? null : head);
        }
        Matcher what = WHAT_QUANTITY.matcher(q);
        if (what.find()) {
            return new QuestionPart(text, AnswerType.NUMBER, false, what.group(6));
        }
        if (WHERE.matcher(q).find()) {
            return new QuestionPart(text, AnswerType.PLACE, false, null);
        }
        if (NAME_OF.matcher(q).find()) {
            return new QuestionPart(text, AnswerType.NAMED_THING, q.matches(".*\\bnames\\b.*"), null);
        }
        Matcher which = WHICH_HEAD.matcher(q);
        if (which.find() && !NOT_HEADS.contains(which.group(2))) {
            String original = text.length() >= q.length() ? text.substring(text.length() - q.length()) : q;
            return headed(text, which.group(1).equals("which"),
                    compoundHead(HeadNoun.afterNames(original.substring(which.start(2)))));
        }
        if (HeadNoun.asksName(q)) {
            return new QuestionPart(text, AnswerType.NAMED_THING, false, HeadNoun.named(q));
        }
        Matcher called = CALLED.matcher(q);
        if (called.find()) {
            return new QuestionPart(text, AnswerType.PHRASE, false, called.group(3));
        }
        return new QuestionPart(text, AnswerType.OPEN, false, null);
    }

    /**
     * The head noun of the words after "which" / "what": the last known head among the first
     * {@code COMPOUND_WORDS} words before an auxiliary, a preposition or a possessive ("Which cinema chain boss was …"
     * → "boss", "Which Premier League club …" → "club", "Which company CEO …" → "ceo", but "Which countries' leaders
     * …" → "countries"), else the first word.
     */
    static String compoundHead(String words) {
        String[] w = words.split("[^\\p{L}']+");
        String head = w[0].replaceAll("'.*", "");
        for (int i = 1; i < Math.min(w.length, COMPOUND_WORDS) && !NOT_HEADS.contains(w[i])
                && w[i - 1].indexOf('\'') < 0; i++) {
            if (known(w[i])) {
                head = w[i];
            }
        }
        return head;
    }

    private static boolean known(String word) {
        return PERSON_HEADS.contains(word) || PLACE_HEADS.contains(word) || NAMED_HEADS.contains(word);
    }

    private static QuestionPart headed(String text, boolean which, String head) {
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || head.equals("people");
        if (PERSON_HEADS.contains(head)) {
            return new QuestionPart(text, AnswerType.PERSON_OR_ORG, plural, head);
        }
        if (PLACE_HEADS.contains(head)) {
            return new QuestionPart(text, AnswerType.PLACE, plural, head);
        }
        if (DATE_HEADS.contains(head)) {
            return new QuestionPart(text, AnswerType.DATE, false, head);
        }
        if (which || NAMED_HEADS.contains(head)) {
            return new QuestionPart(text, AnswerType.NAMED_THING, plural, head);
        }
        Matcher phrase = WHAT_PHRASE.matcher(text.toLowerCase(Locale.ROOT));
        if (phrase.find()) {
            return new QuestionPart(text, AnswerType.PHRASE, false, phrase.group(1));
        }
        return new QuestionPart(text, AnswerType.OPEN, false, null);
    }
}
