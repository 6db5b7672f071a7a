/**
 * Articles in: the {@link newsdesk.article.Article} record and the readers that turn files into articles.
 *
 * <p>Each {@link newsdesk.article.ArticleReader} handles one format, chosen by file name: the seed text format and
 * plain text ({@link newsdesk.article.SeedTextReader}, {@code .txt}), Markdown with optional YAML front matter
 * ({@link newsdesk.article.MarkdownReader}), saved HTML news pages ({@link newsdesk.article.HtmlReader}: the story
 * as Readability4J finds it, cleaned of {@link newsdesk.article.Furniture}, metadata from JSON-LD first) and JSON
 * arrays or JSON Lines of article objects in the MultiHop-RAG {@code corpus.json} shape
 * ({@link newsdesk.article.JsonArticleReader}).
 * Every reader produces the same answerable body: plain text, paragraphs separated by one blank line, no markup and no
 * e-mail bylines. {@link newsdesk.article.ArticleLoader} walks a file or folder, dispatches each file to the first
 * reader that supports it and returns a {@link newsdesk.article.LoadResult}: a file or record that cannot be read, an
 * unsupported file and a duplicate article are each a {@link newsdesk.article.LoadFailure} with a path and a reason,
 * and never stop the rest; an article that loaded without a readable date or author comes with a
 * {@link newsdesk.article.LoadNote}. {@link newsdesk.article.OutletAliases} tells whether two names are the same
 * outlet ("WSJ" and "The Wall Street Journal"), for retrieval's outlet boost and the answerer's outlet checks alike.
 */
package newsdesk.article;
