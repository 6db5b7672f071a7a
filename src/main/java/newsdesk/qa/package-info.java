/**
 * The question-answering use case every surface calls: {@link newsdesk.qa.QaService} (resolve a follow-up,
 * retrieve, answer, remember the turn) and follow-up resolution. It refuses with
 * {@link newsdesk.error.RefusedException}, which each surface maps to its own status once.
 */
package newsdesk.qa;
