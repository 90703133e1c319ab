import Testing
import TruceStorage

/// Sources are registered by site, as the SQLite store registers them: a URL's host in lower case,
/// any other name as it is.
@Suite struct SourceNamesTests {
    @Test(arguments: [
        ("https://www.Example.org/a/1", "www.example.org"),
        ("http://news.example.com?id=3", "news.example.com"),
        ("https://example.net#top", "example.net"),
        ("https://example.net", "example.net"),
        ("https://", "https://"),
        ("ftp://example.org/a", "ftp://example.org/a"),
        ("Pajhwok Afghan News", "Pajhwok Afghan News"),
        ("Note: see http://example.org", "Note: see http://example.org"),
        ("http:example.org", "http:example.org"),
    ])
    func aSourceIsRegisteredByItsSite(_ source: String, _ expected: String) {
        #expect(sourceRegistryName(source) == expected)
    }
}
