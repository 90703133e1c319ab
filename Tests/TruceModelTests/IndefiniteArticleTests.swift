import Testing
import TruceModel

/// The article messages put before a kind held in a variable: "not an ACLED file", "a UCDP GED file".
@Suite struct IndefiniteArticleTests {
    @Test(
        "the article follows the sound of the first word",
        arguments: [
            ("ACLED", "an ACLED"), ("ACLED deletions", "an ACLED deletions"), ("observations", "an observations"),
            ("obligation", "an obligation"), ("import", "an import"), ("agreement", "an agreement"), ("event", "an event"),
            ("api_token", "an api_token"), ("unmapped actor", "an unmapped actor"), ("hour", "an hour"),
            ("UCDP GED", "a UCDP GED"), ("UCDP Actor Dataset", "a UCDP Actor Dataset"), ("PA-X agreements", "a PA-X agreements"),
            ("claims", "a claims"), ("user", "a user"), ("unit", "a unit"), ("review_cluster", "a review_cluster"),
            ("one-off", "a one-off"), ("European", "a European"), ("GDELT", "a GDELT"), ("NATO", "a NATO"), ("UN", "a UN"),
            ("SQL", "an SQL"), ("M23", "an M23"), ("target", "a target"), ("", "a "),
        ])
    func article(_ phrase: String, _ expected: String) {
        #expect(phrase.withIndefiniteArticle == expected)
    }
}
