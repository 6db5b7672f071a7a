package newsdesk.article;

/** A file could be opened but does not hold articles in the format its name promises; the message says why. */
public class ArticleFormatException extends RuntimeException {

    public ArticleFormatException(String message) {
        super(message);
    }

    public ArticleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
