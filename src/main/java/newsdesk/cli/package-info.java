/** The command-line surface: picocli commands that parse flags, call {@link newsdesk.QaService} and print. */
package newsdesk.cli;
