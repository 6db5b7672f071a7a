/**
 * Newsdesk: question answering over news articles with cited answers. This root package is the composition root:
 * {@link newsdesk.Settings} holds every knob and {@link newsdesk.Newsdesk} is the one place that constructs
 * implementations; {@link newsdesk.qa.QaService} is the use case every surface (web, Slack, command line) calls.
 *
 * <p>Packages depend downwards only, in pipeline order (checked by {@code PackageGraphTest}):
 * {@code article}, {@code error} → {@code chunk} → {@code embed} → {@code index} → {@code retrieve} → {@code answer}
 * → {@code feedback} → {@code qa} → {@code solr} → {@code ingest} → the served surfaces {@code web}, {@code slack},
 * {@code admin} → this root, which wires them → the commands {@code cli} (which build a {@code Newsdesk}) and the
 * harness {@code eval} → {@code newsdesk.launch.Main}, the executable that lists the commands. Nothing but the
 * launcher imports {@code eval}.
 */
package newsdesk;
