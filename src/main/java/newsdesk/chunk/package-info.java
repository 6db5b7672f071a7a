/**
 * Sentence splitting and the sentence-window chunker: articles become chunks that fit the embedding model, each
 * knowing its article and the character offsets of its sentences, so citations can point at exact sentences.
 */
package newsdesk.chunk;
