/**
 * The question-answering use case every surface calls: {@link newsdesk.qa.QaService} (resolve a follow-up,
 * retrieve, answer, remember the turn), follow-up resolution, and {@link newsdesk.qa.RefusedException}, the one
 * domain exception for a request Newsdesk refuses, which each surface maps to its own status once.
 */
package newsdesk.qa;
