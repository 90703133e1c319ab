import Testing
import TruceCoder
import TruceModel

/// Text nobody should have to code: each must come back, possibly empty, never crash or hang.
///
/// Named cases rather than raw strings as arguments, so that the test log names the
/// case instead of printing ten megabytes.
enum BadArticleInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case empty
    case whitespaceOnly
    case tenMegabyteSentenceWithoutFullStop
    case hundredThousandNestedTags
    case hundredThousandUnclosedTags
    case unterminatedComment
    case unterminatedTag
    case unterminatedQuote
    case unterminatedScriptAndEntities
    case unterminatedFrontMatterAndFence
    case hundredThousandNestedQuotes
    case controlCharactersAndNULs
    case lossyBinary
    case rightToLeftAndEmoji
    case millionKilled
    case hugeNumbers
    case impossibleDates
    case unbalancedQuotationMarks

    var testDescription: String { rawValue }

    /// The markups to read it as: the large inputs once, in the markup they attack,
    /// because a debug build codes about 100 kB a second and the suite must stay short.
    var markups: [ArticleMarkup] {
        switch self {
        case .tenMegabyteSentenceWithoutFullStop, .millionKilled: [.plain]
        case .hundredThousandNestedTags, .hundredThousandUnclosedTags: [.html]
        case .hundredThousandNestedQuotes: [.markdown]
        default: ArticleMarkup.allCases
        }
    }

    /// Every input with every markup it is read as.
    static let cases: [(BadArticleInput, ArticleMarkup)] = allCases.flatMap { input in input.markups.map { (input, $0) } }

    var raw: String {
        switch self {
        case .empty:
            return ""
        case .whitespaceOnly:
            return "  \n\t \r\n \u{00A0}\u{2003}\n\n   "
        case .tenMegabyteSentenceWithoutFullStop:
            let clause = "Taliban fighters attacked a checkpoint in Helmand on Tuesday and killed at least 20 soldiers, "
            return String(repeating: clause, count: 10_000_000 / clause.utf8.count + 1)
        case .hundredThousandNestedTags:
            return String(repeating: "<div>", count: 100_000) + "US forces killed 3 fighters on Monday."
                + String(repeating: "</div>", count: 100_000)
        case .hundredThousandUnclosedTags:
            return "<html><body>" + String(repeating: "<p><b><i><span class=\"x\">", count: 25_000) + "Rebels killed 4 soldiers."
        case .unterminatedComment:
            return "<html><body><p>Taliban fighters killed 3 soldiers on Monday.</p><!-- never closed <p>Troops killed 5 rebels.</p>"
        case .unterminatedTag:
            return "<html><body><p>Gunmen killed two police officers <a href=\"https://example.org/x"
        case .unterminatedQuote:
            return "<p class=\"lead>Militants killed 4 civilians on Friday, officials said.</p><p>The army said it would respond.</p>"
        case .unterminatedScriptAndEntities:
            return "<p>Fighters &amp killed &#99999999999; people &#x110000; &#0; &; &#x; &nonsense;</p><script>var s = \"<p>killed 9</p>"
        case .unterminatedFrontMatterAndFence:
            return "---\ntitle: \"Never closed\ndate: 2020-13-45\n\n# Heading\n\n```\nTaliban killed 3 soldiers on Monday.\n"
        case .hundredThousandNestedQuotes:
            return String(repeating: ">", count: 100_000) + " Taliban killed 3 soldiers. " + String(repeating: "* ", count: 50_000)
        case .controlCharactersAndNULs:
            return "Taliban\u{0}fighters\u{1} killed\u{7}\u{1B}[31m 5\u{0} soldiers\u{8}\u{7F}.\r\u{2028}\u{FEFF}\u{200B}Troops \u{0}\u{0}\u{0}said "
                + "\u{0}\"\u{0}we will respond\u{0}\"\u{0}."
        case .lossyBinary:
            return String(decoding: Self.pseudoRandomBytes(count: 256 * 1024), as: UTF8.self)
        case .rightToLeftAndEmoji:
            return "طالبانو د امنیتي ځواکونو پر پوستو برید وکړ 🇦🇫👨‍👩‍👧‍👦 Taliban fighters killed 3 soldiers in Kunduz on Monday. "
                + "\u{202E}.sreidlos 5 dellik nabilaT\u{202C} המורדים תקפו 🔥🔥 e\u{301}\u{302}\u{303} \u{200F}\"قال المتحدث\" said a spokesman."
        case .millionKilled:
            return String(repeating: "killed ", count: 1_000_000)
        case .hugeNumbers:
            return "At least 99999999999999999999999999999 people were killed and 9223372036854775808 were detained. "
                + "Fighters carried out 18446744073709551616 attacks. Troops fell from 1e400 to -9,223,372,036,854,775,808 by July. "
                + "Four hundred quintillion billion trillion dozens of soldiers were killed."
        case .impossibleDates:
            return "On February 30, 2020, fighters killed 3 soldiers. On 31/31/31 and in the year 99999 and on March 0, -5 "
                + "troops were detained. The strike happened 9999999999 months later, and within 99999999999999 days, "
                + "by the end of April 2147483648, on Tuesday Wednesday Thursday."
        case .unbalancedQuotationMarks:
            return String(repeating: "\"The Taliban killed 2 soldiers,\" said \u{201C}", count: 5_000)
        }
    }

    /// A fixed pseudo-random sequence, so a failure can be reproduced.
    static func pseudoRandomBytes(count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}

@Suite struct ArticleBadInputTests {
    @Test(arguments: BadArticleInput.cases)
    func badInputComesBackWithSpansInsideTheText(input: BadArticleInput, markup: ArticleMarkup) {
        let article = ArticleCleaner.article(
            raw: input.raw, markup: markup, origin: "bad-\(input.rawValue)", source: "Test", date: Day(iso: "2020-03-05"))
        let result = ArticleCoder().code(article)
        let length = article.text.unicodeScalars.count
        let spans = result.events.map(\.span) + result.claims.map(\.span) + result.figures.map(\.span)
        for span in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= length, "span \(span.start)..<\(span.end) of \(length)")
        }
        for event in result.events {
            let numbers = [event.fatalities.low, event.fatalities.best, event.fatalities.high, event.count, event.detained]
            let negative = numbers.contains { ($0 ?? 0) < 0 }
            #expect(!negative, "a negative number in event \(event.code)")
            #expect(event.confidence >= 0 && event.confidence <= 1, "confidence \(event.confidence)")
            if let date = event.date { #expect(date.earliest <= date.latest) }
        }
        for figure in result.figures {
            #expect(figure.value.isFinite, "figure \(figure.indicator) is not finite")
        }
    }

    @Test(arguments: [BadArticleInput.empty, .whitespaceOnly], ArticleMarkup.allCases)
    func nothingToCodeGivesAnEmptyResult(input: BadArticleInput, markup: ArticleMarkup) {
        let article = ArticleCleaner.article(raw: input.raw, markup: markup, origin: "empty", source: nil, date: nil)
        let blank = article.text.allSatisfy(\.isWhitespace)
        #expect(blank, "cleaned text: \(article.text.debugDescription)")
        #expect(ArticleCoder().code(article).isEmpty)
    }

    @Test func extremePublicationDatesDoNotTrap() throws {
        let text = """
            Fighters attacked a checkpoint yesterday and on Tuesday. Talks start next Tuesday, nine-and-a-half months later, \
            within 135 days, by July and at the end of April 2021. Last month troops fell to 8,600.
            """
        for iso in ["0001-01-01", "1900-02-28", "2000-02-29", "9999-12-31"] {
            let published = try #require(Day(iso: iso))
            let article = ArticleCleaner.article(raw: text, markup: .plain, origin: "dates", source: nil, date: published)
            let result = ArticleCoder().code(article)
            let length = article.text.unicodeScalars.count
            let spans = result.events.map(\.span) + result.claims.map(\.span) + result.figures.map(\.span)
            let outside = spans.filter { $0.start < 0 || $0.start > $0.end || $0.end > length }
            #expect(outside.isEmpty, "publication date \(iso): spans outside the text: \(outside)")
        }
    }
}
