import Testing
import TruceModel

@testable import TruceCoder

@Suite struct ArticleCleanerTests {
    @Test func htmlLosesMarkupScriptsAndFurniture() {
        let html = """
            <!DOCTYPE html><html><head><title>Clashes in Helmand | The Daily</title>
            <meta property="article:published_time" content="2020-03-05T08:00:00Z">
            <meta property="og:site_name" content="The Daily">
            <script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><p>Subscribe now</p></header>
            <article><h1>Clashes in Helmand</h1>
            <p>Fighting broke out in Nad&#8209;e Ali &amp; Marjah on Wednesday, officials said&#8230;</p>
            <!-- a comment -->
            <p>Three people were killed.<br>Two were wounded.</p></article>
            <aside>Related articles</aside><footer>&copy; 2020 The Daily</footer></body></html>
            """
        let article = ArticleCleaner.article(raw: html, markup: .html, origin: "a.html", source: nil, date: nil)
        #expect(article.headline == "Clashes in Helmand")
        #expect(article.publicationDate == Day(iso: "2020-03-05"))
        #expect(article.source == "The Daily")
        #expect(article.text.contains("Marjah on Wednesday, officials said…"))
        #expect(article.text.contains("& Marjah"))
        #expect(article.text.contains("Three people were killed.\nTwo were wounded."))
        for gone in ["Home", "Subscribe", "not text", "color", "Related articles", "©", "a comment", "Clashes in Helmand"] {
            #expect(!article.text.contains(gone), "\(gone) should be gone")
        }
    }

    @Test func markdownFrontMatterHeadingsLinksAndEmphasis() {
        let markdown = """
            ---
            title: "Truce holds in Hodeidah"
            date: 2018-12-20
            source: Coast Wire
            ---
            # Ignored because front matter has the title

            The **ceasefire** in [Hodeidah](https://example.org/h) held on _Thursday_, said the UN envoy.
            ![a photo](x.jpg)

            - Ten people were detained.
            - snake_case_names stay.

            ```
            code is dropped
            ```
            """
        let article = ArticleCleaner.article(raw: markdown, markup: .markdown, origin: "a.md", source: nil, date: nil)
        #expect(article.headline == "Truce holds in Hodeidah")
        #expect(article.publicationDate == Day(iso: "2018-12-20"))
        #expect(article.source == "Coast Wire")
        #expect(article.text.contains("The ceasefire in Hodeidah held on Thursday, said the UN envoy."))
        #expect(article.text.contains("Ten people were detained."))
        #expect(article.text.contains("snake_case_names"))
        #expect(!article.text.contains("https://"))
        #expect(!article.text.contains("photo"))
        #expect(!article.text.contains("code is dropped"))
    }

    @Test func plainTextHeadlineDatelineAndPressReleaseHeader() {
        let text = """
            Afghan, Coalition Forces Detain Insurgents
            ISAF Joint Command - Afghanistan 2010-09-CA-125 For Immediate Release Download PDF  KABUL, Afghanistan (Sept. 8) - Afghan \
            and coalition forces detained two suspected insurgents in Helmand province Wednesday.
            No shots were fired.
            """
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "a.txt", source: "ISAF", date: nil)
        #expect(article.headline == "Afghan, Coalition Forces Detain Insurgents")
        // The dateline has no year: the release number above it gives 2010.
        #expect(article.publicationDate == Day(iso: "2010-09-08"))
        #expect(article.text.hasPrefix("KABUL, Afghanistan (Sept. 8) - Afghan"))
        #expect(!article.text.contains("For Immediate Release"))
        #expect(!article.text.contains("Download PDF"))
    }

    @Test func dateFallbackOnlyWhenTheArticleHasNone() {
        let dated = ArticleCleaner.article(
            raw: "Doha talks\nDoha, 29 February 2020 – The agreement was signed today.", markup: .plain, origin: "x", source: nil,
            date: Day(iso: "2020-03-10"))
        #expect(dated.publicationDate == Day(iso: "2020-02-29"))
        let undated = ArticleCleaner.article(
            raw: "Talks resumed on Monday after a pause.", markup: .plain, origin: "x", source: nil, date: Day(iso: "2020-03-10"))
        #expect(undated.publicationDate == Day(iso: "2020-03-10"))
        #expect(undated.headline == nil)
    }

    @Test(arguments: [
        ("KABUL, Afghanistan (Jan. 25, 2013) — Forces detained two.", "KABUL, Afghanistan", "2013-01-25"),
        ("WASHINGTON (Reuters) - The Pentagon said on Monday.", "WASHINGTON", nil),
        ("Doha, 29 February 2020 – The United States and the Taliban signed.", "Doha", "2020-02-29"),
        ("PAKTIKA PROVINCE, Afghanistan – Afghan forces conducted an operation June 25.", "PAKTIKA PROVINCE, Afghanistan", nil),
        ("KABUL, Afghanistan (Feb. 27, 2011) In Nahr-e Saraj district, forces detained three.", "KABUL, Afghanistan", "2011-02-27"),
    ])
    func datelines(text: String, place: String, date: String?) throws {
        let dateline = try #require(Dateline.find(in: text))
        #expect(dateline.place == place)
        #expect(dateline.date(near: nil).map(\.iso) == date)
        let rest = String(decoding: Array(text.utf8)[dateline.range.upperBound...], as: UTF8.self)
        #expect(rest.first?.isUppercase == true, "the body starts after the dateline: \(rest)")
    }

    @Test func dayWithoutYearTakesTheNearestYear() throws {
        let dateline = try #require(Dateline.find(in: "KABUL, Afghanistan (Dec. 30) - Forces detained two."))
        #expect(dateline.date(near: Day(iso: "2011-01-02"))?.iso == "2010-12-30")
        #expect(Dateline.find(in: "The Taliban said on Monday that talks would resume.") == nil)
        #expect(Dateline.find(in: "NATO (the alliance) said more.") == nil)
    }

    @Test func boilerplateLinesAndBylines() {
        let text = "Title line here\nBy Jane Smith\nShare this\nFighting continued.\nRelated articles\nAdvertisement"
        let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "x", source: nil, date: nil)
        #expect(article.text == "Fighting continued.")
    }

    @Test func scalarOffsets() {
        let text = "Nahr-e Saraj – “killed” ✓ done"
        let offsets = ScalarOffsets(text)
        let bytes = Array(text.utf8)
        let start = bytes.firstIndex(of: UInt8(ascii: "k"))!
        let span = offsets.span(start..<(start + 6))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "killed")
        #expect(offsets.scalarOffset(bytes.count) == scalars.count)
    }
}
