/**
 * The executable: {@link newsdesk.launch.Main} registers the product's commands ({@code cli}, {@code solr}) and the
 * harness's ({@code eval}) with picocli. It is the top of the package graph: nothing imports it, and it is the only
 * production package that imports {@code eval}.
 */
package newsdesk.launch;
