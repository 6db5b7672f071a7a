package newsdesk.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code .txt} files: the seed text format, or plain text.
 *
 * <p>The seed format is a header line {@code date YYYY-MM-DD …}, an optional weekday date line
 * ({@code Thu, Aug 28, 2025}), the title, the outlet, {@code Published on: Aug 28, 2025 04:15 pm IST}, then the body
 * in paragraphs separated by blank lines. A closing {@code Write to NAME at EMAIL and NAME at EMAIL} paragraph becomes
 * the author and is dropped from the body. Any other text file is one article whose title is its first non-blank
 * line.
 */
public final class SeedTextReader implements ArticleReader {

    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s.*)?$");
    private static final Pattern WEEKDAY_DATE =
            Pattern.compile("^[A-Za-z]{3,9},?\\s+[A-Za-z]{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}$");
    private static final Pattern PUBLISHED = Pattern.compile("^(?i)published(?:\\s+on)?\\s*:\\s*(.+)$");
    /** How many non-blank lines after the title may hold the outlet before {@code Published on:}. */
    private static final int MAX_OUTLET_LINES = 2;

    @Override
    public boolean supports(Path file) {
        return TextFiles.hasExtension(file, ".txt");
    }

    @Override
    public List<Article> read(Path file) throws IOException {
        List<String> lines = TextFiles.read(file).lines().toList();
        Matcher header = HEADER.matcher(lines.get(0));
        Article article = header.matches() ? seed(lines, header.group(1)) : plain(lines);
        return List.of(article);
    }

    private static Article seed(List<String> lines, String headerDate) {
        Cursor cursor = new Cursor(lines, 1);
        if (cursor.hasNext() && WEEKDAY_DATE.matcher(cursor.peek()).matches()) {
            cursor.next();
        }
        if (!cursor.hasNext()) {
            throw new ArticleFormatException("seed header on line 1 but no title after it");
        }
        String title = Paragraphs.clean(cursor.next());
        String outlet = null;
        OffsetDateTime published = startOfDay(headerDate);
        int publishedLine = cursor.findAhead(PUBLISHED, MAX_OUTLET_LINES + 1);
        if (publishedLine >= 0) {
            if (cursor.hasNext() && cursor.index() < publishedLine) {
                outlet = Paragraphs.clean(cursor.next());
            }
            Matcher m = PUBLISHED.matcher(lines.get(publishedLine).strip());
            published = date(m.matches() ? m.group(1) : "", publishedLine);
            cursor.jumpTo(publishedLine + 1);
        }
        Byline byline = Byline.extract(Captions.drop(Paragraphs.of(cursor.rest())));
        if (byline.paragraphs().isEmpty()) {
            throw new ArticleFormatException("article '" + title + "' has a header but no body text");
        }
        return Article.of(title, outlet, byline.authors(), published, null, Paragraphs.join(byline.paragraphs()));
    }

    private static Article plain(List<String> lines) {
        Cursor cursor = new Cursor(lines, 0);
        String title = Paragraphs.clean(cursor.next());
        Byline byline = Byline.extract(Captions.drop(Paragraphs.of(cursor.rest())));
        if (byline.paragraphs().isEmpty()) {
            throw new ArticleFormatException("plain text needs a title line and a body; found only '" + title + "'");
        }
        return Article.of(title, null, byline.authors(), null, null, Paragraphs.join(byline.paragraphs()));
    }

    private static OffsetDateTime date(String text, int lineIndex) {
        try {
            return PublishedDates.parse(text);
        } catch (ArticleFormatException e) {
            throw new ArticleFormatException("line " + (lineIndex + 1) + ": " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime startOfDay(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
