package newsdesk.retrieve;

/** A chunk (by its row in the corpus) with a retriever's score; higher is better. */
public record Hit(int row, double score) {
}
