package newsdesk.web;

import newsdesk.article.Filters;

/** The body of {@code POST /api/search}. */
record SearchRequest(String query, int topK, Filters filters) {

    static final int DEFAULT_TOP_K = 10;
}
