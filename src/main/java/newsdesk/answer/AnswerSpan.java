package newsdesk.answer;

/**
 * A candidate answer in a sentence: {@code [start, end)} offsets, the {@link AnswerType} it can answer and how well
 * it fits that type in (0, 1] (a full date fits a "when" question better than "this year"; a name after "leader"
 * fits a "who" question better than one after "in").
 */
record AnswerSpan(int start, int end, AnswerType type, double fit) {

    AnswerSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (!(fit > 0 && fit <= 1)) {
            throw new IllegalArgumentException("fit must be in (0, 1], got " + fit);
        }
    }

    String of(String sentence) {
        return sentence.substring(start, end);
    }

    boolean overlaps(AnswerSpan other) {
        return start < other.end && other.start < end;
    }
}
