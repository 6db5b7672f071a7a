/** The command-line surface: picocli commands that parse flags, call {@link newsdesk.qa.QaService} and print. */
package newsdesk.cli;
