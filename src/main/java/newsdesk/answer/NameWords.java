package newsdesk.answer;

import java.util.Set;

/**
 * The word lists that tell names apart (lower case): titles before a person's name, the titles that split an
 * organisation from the person after it, calendar words, roles a person holds, words that end an organisation's
 * name, and countries and regions. Shared by {@link NameSpans}, {@link FullNames}, {@link PhraseSpans},
 * {@link PlaceSpans} and {@link Expectation}.
 */
final class NameWords {

    static final Set<String> TITLES = Set.of("chair", "president", "prime", "minister", "sen.", "senator", "gov.",
            "governor", "rep.", "ceo", "chancellor", "king", "queen", "prince", "princess", "pope", "general", "gen.",
            "coach", "judge", "justice", "secretary", "chairman", "chairwoman", "director", "mr.", "mrs.", "ms.",
            "dr.", "mayor", "leader", "chief", "vice", "speaker", "sir", "lord", "lady", "premier", "commissioner",
            "founder", "rev.", "sheikh", "ambassador", "president-elect", "attorney");
    /** Titles that split a run of capitalised words into an organisation and a person ("Apple CEO Tim Cook"). */
    static final Set<String> ROLE_TITLES = Set.of("ceo", "chair", "chairman", "chairwoman", "president", "director",
            "minister", "secretary", "governor", "senator", "coach", "founder", "leader", "chief", "commissioner",
            "spokesperson", "spokesman", "spokeswoman", "cfo", "cto", "coo");
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");
    static final Set<String> ROLES = Set.of("leader", "president", "ceo", "founder", "co-founder", "chief",
            "executive", "minister", "coach", "player", "quarterback", "receiver", "director", "spokesperson",
            "spokesman", "spokeswoman", "chairman", "secretary", "senator", "star", "striker", "forward", "guard",
            "manager", "analyst", "attorney", "lawyer", "judge", "official", "investor", "rapper", "singer",
            "actor", "actress", "billionaire", "boss", "head", "champion", "pitcher", "defender", "midfielder",
            "winger", "goalkeeper", "captain", "owner", "host", "author", "reporter", "referee", "umpire", "prosecutor");
    static final Set<String> ORG_WORDS = Set.of("inc", "inc.", "corp", "corp.", "co.", "group", "bank",
            "university", "association", "federation", "party", "ministry", "agency", "commission", "council",
            "committee", "foundation", "institute", "capital", "partners", "labs", "technologies", "media", "news",
            "times", "post", "journal", "fc", "ltd", "llc", "plc", "company", "motors", "airlines", "studios",
            "records", "entertainment", "sportsbook", "exchange", "fund", "ventures", "research", "department",
            "administration", "board", "court", "league", "club", "network", "systems", "holdings", "ai");
    /** Countries, continents and regions: names that are places whatever their context. */
    static final Set<String> COUNTRIES = Set.of(
            "afghanistan", "africa", "albania", "algeria", "america", "andorra", "angola", "antarctica", "argentina",
            "armenia", "asia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
            "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "britain",
            "brunei", "bulgaria", "burkina", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china",
            "colombia", "comoros", "congo", "costa rica", "crimea", "croatia", "cuba", "cyprus", "czech republic",
            "czechia", "denmark", "djibouti", "dominica", "dominican republic", "east timor", "ecuador", "egypt",
            "el salvador", "england", "eritrea", "estonia", "eswatini", "ethiopia", "europe", "fiji", "finland",
            "france", "gabon", "gambia", "gaza", "georgia", "germany", "ghana", "great britain", "greece", "grenada",
            "guatemala", "guinea", "guyana", "haiti", "honduras", "hong kong", "hungary", "iceland", "india",
            "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan",
            "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latin america", "latvia",
            "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar",
            "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia",
            "middle east", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
            "namibia", "nauru", "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria",
            "north america", "north korea", "north macedonia", "norway", "oceania", "oman", "pakistan", "palau",
            "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal",
            "qatar", "romania", "russia", "rwanda", "samoa", "saudi arabia", "scotland", "senegal", "serbia",
            "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
            "south america", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
            "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
            "turkey", "turkmenistan", "tuvalu", "u.k.", "u.s.", "uganda", "uk", "ukraine", "united arab emirates",
            "united kingdom", "united states", "uruguay", "us", "usa", "uzbekistan", "vanuatu", "venezuela",
            "vietnam", "wales", "west bank", "yemen", "zambia", "zimbabwe");

    private NameWords() {
    }
}
