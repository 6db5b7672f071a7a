package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletAliasesTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', textBlock = """
            WSJ                  ; The Wall Street Journal                     ; true
            Wall Street Journal  ; WSJ                                         ; true
            NYT                  ; The New York Times                          ; true
            NY Times             ; The New York Times                          ; true
            New York Times       ; The New York Times                          ; true
            FT                   ; Financial Times                             ; true
            AP                   ; Associated Press                            ; true
            AFP                  ; Agence France-Presse                        ; true
            TOI                  ; The Times of India                          ; true
            SMH                  ; The Sydney Morning Herald                   ; true
            MBW                  ; Music Business Worldwide                    ; true
            ET                   ; The Economic Times                          ; true
            TechCrunch's         ; TechCrunch                                  ; true
            the Verge            ; The Verge                                   ; true
            Verge                ; The Verge                                   ; true
            CNBC's               ; Cnbc | World Business News Leader           ; true
            Reuters'             ; Reuters                                     ; true
            Reuters’             ; Reuters                                     ; true
            BBC                  ; BBC News - Technology                       ; true
            BBC News             ; BBC News - Entertainment & Arts             ; true
            Fox                  ; FOX News - Lifestyle                        ; true
            CBS Sports           ; CBSSports.com                               ; true
            WaPo                 ; The Washington Post                         ; true
            Independent          ; The Independent - Life and Style            ; true
            Live Science         ; Live Science: The Most Interesting Articles ; true
            Globes               ; Globes English | Israel Business Arena      ; true
            Bloomberg News       ; Bloomberg                                   ; true
            Bloomberg            ; TechCrunch                                  ; false
            BBC Sport            ; BBC News - Technology                       ; false
            Fox Sports           ; FOX News - Lifestyle                        ; false
            Sky News             ; Sky Sports                                  ; false
            The Times            ; The New York Times                          ; false
            Times                ; The New York Times                          ; false
            New York Post        ; The New York Times                          ; false
            NYP                  ; The New York Times                          ; false
            Washington Post      ; The New York Times                          ; false
            AP                   ; Agence France-Presse                        ; false
            ET                   ; The Times of India                          ; false
            Economic Times       ; The Times of India                          ; false
            Ft                   ; Financial Times                             ; false
            News                 ; Yahoo News                                  ; false
            """)
    void aCitedNameIsAnOutletByItsFormsInitialsAndKnownAliases(String cited, String outlet, boolean same) {
        assertThat(OutletAliases.same(cited, outlet)).isEqualTo(same);
    }
}
