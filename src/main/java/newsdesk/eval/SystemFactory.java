package newsdesk.eval;

import java.util.List;

import newsdesk.article.Article;

/** Builds a contender over a corpus; the evaluation times this call as the contender's ingestion time. */
@FunctionalInterface
public interface SystemFactory {

    EvalSystem build(List<Article> corpus) throws Exception;
}
