package newsdesk.web;

import io.javalin.http.Context;

import newsdesk.error.RefusedException;
import newsdesk.error.RefusedException.Kind;
import newsdesk.qa.QaService;
import newsdesk.article.Article;

/**
 * Retrieval and the article store.
 *
 * <pre>
 * curl -s localhost:7070/api/search -d '{"query":"military parade","topK":5}'
 * curl -s 'localhost:7070/api/articles?offset=0&amp;limit=20'
 * curl -s localhost:7070/api/articles/4f1c0e2a9b7d3c55
 * </pre>
 */
final class ArticleController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final QaService qa;
    private final RequestReader reader;
    private final ApiJson json;

    ArticleController(QaService qa, RequestReader reader, ApiJson json) {
        this.qa = qa;
        this.reader = reader;
        this.json = json;
    }

    /** {@code POST /api/search}: passages only, no answer. */
    void search(Context ctx) {
        SearchRequest request = reader.search(ctx.bodyAsBytes());
        ctx.contentType("application/json")
                .result(json.write(json.passages(qa.search(request.query(), request.topK(), request.filters()))));
    }

    /** {@code GET /api/articles?offset&limit}: one page of article summaries. */
    void list(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        ctx.contentType("application/json")
                .result(json.write(json.articlePage(qa.articles(offset, limit), offset, limit, qa.articleCount())));
    }

    /** {@code GET /api/articles/{id}}: the full article, whose body citation offsets point into, and its copies. */
    void get(Context ctx) {
        String id = ctx.pathParam("id");
        Article article = qa.article(id).orElseThrow(() ->
                new RefusedException(Kind.NOT_FOUND, "article_not_found", "no article with id '" + id + "'"));
        ctx.contentType("application/json").result(json.write(json.article(article, qa.copies(id))));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RefusedException(Kind.INVALID, "invalid_request", "query parameter '" + name
                + "' must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + ", got '" + text + "'");
    }
}
