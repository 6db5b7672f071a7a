/**
 * {@link newsdesk.error.RefusedException}, the one domain exception for a request Newsdesk refuses. It sits at the
 * bottom of the package graph because every stage may refuse (a rating that is not one, a store that is down, an
 * upload too large); each surface maps it to its own status once, at the edge ({@code web.ErrorMapper}).
 */
package newsdesk.error;
