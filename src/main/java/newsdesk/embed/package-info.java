/**
 * Text to vectors: {@link newsdesk.embed.Embedder} hides the model library; {@link newsdesk.embed.MiniLmEmbedder}
 * runs all-MiniLM-L6-v2 (shipped in the jar) through ONNX Runtime, batched for ingestion and on a one-input
 * session for questions.
 */
package newsdesk.embed;
