package newsdesk.answer;

import java.util.List;

/**
 * How close in meaning each candidate sentence is to a question: the cosine similarity of their embeddings, in
 * input order, one per sentence. The extractive answerer blends it into its sentence scores ({@link SemanticBlend}).
 */
public interface SentenceSimilarity {

    double[] cosines(String question, List<String> sentences);
}
