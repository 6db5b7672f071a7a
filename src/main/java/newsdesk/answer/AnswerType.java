package newsdesk.answer;

/** The kind of thing a question (or one part of it) asks for; {@link #OPEN} gets no direct answer. */
enum AnswerType {
    /** "Who …?", "Which leaders …?": people or organisations, named. */
    PERSON_OR_ORG,
    /** "When …?", "What day of the week …?", "What time …?": a date, weekday, year or clock time. */
    DATE,
    /** "How many …?", "How much …?", "What percentage …?": a number, with its unit or currency when there is one. */
    NUMBER,
    /** "Where …?", "Which city …?": a place, named. */
    PLACE,
    /** "Which company/film/app …?", "What is the name of …?": a named thing. */
    NAMED_THING,
    /**
     * "What testing technology …?", "What is the new group … called?": a noun phrase headed by one of the question's
     * head nouns, found only in a sentence's phrase chunks ({@link PhraseSpans#nounPhrases}).
     */
    PHRASE,
    /** "What happened …?", "Why …?", "How did …?", yes/no questions: answered by the quotes alone. */
    OPEN
}
