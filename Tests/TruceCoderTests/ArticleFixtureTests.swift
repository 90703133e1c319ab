import Foundation
import Testing
import TruceCoder
import TruceModel

/// Codes every article in `Articles/` and checks it against `NAME.expected.json`.
@Suite struct ArticleFixtureTests {
    @Test func theFolderHoldsEnoughArticlesOfEveryFormat() throws {
        let names = ArticleFixture.fileNames
        #expect(names.count >= 15, "only \(names.count) articles in \(ArticleFixture.folder.path)")
        let formats = Set(names.map { URL(fileURLWithPath: $0).pathExtension })
        #expect(formats == ["txt", "md", "html"], "formats present: \(formats.sorted())")
        let expected = Set(ArticleFixture.expectationFileNames)
        let articles = Set(names.map(ArticleFixture.expectationName(for:)))
        #expect(articles.count == names.count, "two articles share a base name")
        #expect(expected.subtracting(articles).isEmpty, "expectations without an article: \(expected.subtracting(articles).sorted())")
        #expect(articles.subtracting(expected).isEmpty, "articles without expectations: \(articles.subtracting(expected).sorted())")
        let fixtures = try names.map { try ArticleFixture(fileName: $0) }
        let doha = fixtures.filter { $0.expectation.topic == "doha-2020" }
        #expect(doha.count >= 8, "only \(doha.count) articles about the 2020 US–Taliban agreement")
        #expect(fixtures.count - doha.count >= 7, "only \(fixtures.count - doha.count) articles about other conflicts")
        for fixture in fixtures {
            #expect(["doha-2020", "other"].contains(fixture.expectation.topic), "\(fixture.fileName): unknown topic")
            let records = fixture.expectation.events.count + fixture.expectation.claims.count + fixture.expectation.figures.count
            #expect(records > 0, "\(fixture.fileName) expects nothing")
        }
    }

    @Test(arguments: ArticleFixture.fileNames)
    func theCleanerKeepsTheArticleAndDropsTheBoilerplate(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let expectation = fixture.expectation
        let article = try fixture.article()
        #expect(article.publicationDate?.iso == expectation.publicationDate, "\(fileName): publication date")
        if let source = expectation.source ?? expectation.passSource {
            #expect(article.source == source, "\(fileName): source")
        }
        if let headline = expectation.headlineContains {
            let found = article.headline?.contains(headline) == true
            #expect(found, "\(fileName): headline \(article.headline.map { "\"\($0)\"" } ?? "none") lacks \"\(headline)\"")
            let repeated = article.text.hasPrefix(headline) || article.headline.map { !$0.isEmpty && article.text.hasPrefix($0) } == true
            #expect(!repeated, "\(fileName): the headline is repeated at the start of the text")
        }
        for wanted in expectation.textContains {
            let found = article.text.contains(wanted)
            #expect(found, "\(fileName): the cleaned text lacks \"\(wanted)\"; it starts \"\(RecordMatcher.abbreviated(article.text))\"")
        }
        for unwanted in expectation.textExcludes {
            guard let range = article.text.range(of: unwanted) else { continue }
            let text = article.text
            let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
            let context = RecordMatcher.abbreviated(String(text[start..<range.upperBound]))
            Issue.record(Comment(rawValue: "\(fileName): the cleaned text still holds \"\(unwanted)\", in \"…\(context)\""))
        }
    }

    @Test(arguments: ArticleFixture.fileNames)
    func theCoderFindsWhatAnAnalystWould(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let article = try fixture.article()
        let result = ArticleCoder().code(article)
        let text = ScalarText(article.text)
        let expectation = fixture.expectation

        let eventMisses = GreedyMatcher.misses(expectation.events, recordCount: result.events.count) {
            RecordMatcher.mismatches($0, event: result.events[$1], in: text)
        }
        report(eventMisses, of: expectation.events, in: fileName, found: result.events.count) {
            RecordMatcher.describe(result.events[$0], in: text)
        }
        let claimMisses = GreedyMatcher.misses(expectation.claims, recordCount: result.claims.count) {
            RecordMatcher.mismatches($0, claim: result.claims[$1], in: text, events: result.events)
        }
        report(claimMisses, of: expectation.claims, in: fileName, found: result.claims.count) {
            RecordMatcher.describe(result.claims[$0], in: text)
        }
        let figureMisses = GreedyMatcher.misses(expectation.figures, recordCount: result.figures.count) {
            RecordMatcher.mismatches($0, figure: result.figures[$1], in: text)
        }
        report(figureMisses, of: expectation.figures, in: fileName, found: result.figures.count) {
            RecordMatcher.describe(result.figures[$0], in: text)
        }
    }

    @Test(arguments: ArticleFixture.fileNames)
    func noPledgeDemandDenialOrHypotheticalCountsAsAnAct(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let article = try fixture.article()
        let result = ArticleCoder().code(article)
        let text = ScalarText(article.text)
        for forbidden in fixture.expectation.notEvents {
            let acts = result.events.filter { $0.modality == .done && RecordMatcher.mismatches(forbidden, event: $0, in: text).isEmpty }
            for event in acts {
                let found = RecordMatcher.describe(event, in: text)
                record("\(fileName): coded as an act although it must not be: \(forbidden)\n  found \(found)", knownGap: forbidden.knownGap)
            }
            if acts.isEmpty, forbidden.knownGap != nil {
                Issue.record(Comment(rawValue: "\(fileName): no longer coded as an act, remove its known_gap: \(forbidden)"))
            }
        }
    }

    @Test(arguments: ArticleFixture.fileNames)
    func spansAndDatesStaySane(fileName: String) throws {
        let fixture = try ArticleFixture(fileName: fileName)
        let article = try fixture.article()
        let result = ArticleCoder().code(article)
        let text = ScalarText(article.text)
        let published = try #require(article.publicationDate ?? Day(iso: fixture.expectation.publicationDate))
        let spans = result.events.map(\.span) + result.claims.map(\.span) + result.figures.map(\.span)
        for span in spans {
            let slice = text.slice(span)
            #expect(slice != nil, "\(fileName): span \(span.start)..<\(span.end) is outside the text of \(text.scalars.count) scalars")
            if let slice {
                let coversText = slice.contains { !$0.isWhitespace }
                #expect(coversText, "\(fileName): span \(span.start)..<\(span.end) covers no text")
            }
        }
        // An article reports what happened up to its publication, and rarely anything decades away.
        let earliestSane = published.adding(days: -365 * 30)
        let latestSane = published.adding(days: 365 * 10)
        for event in result.events {
            guard let date = event.date else { continue }
            let shown = RecordMatcher.describe(event, in: text)
            #expect(date.earliest <= date.latest, "\(fileName): date runs backwards in \(shown)")
            #expect(date.earliest >= earliestSane && date.latest <= latestSane, "\(fileName): date far from \(published.iso) in \(shown)")
            if event.modality == .done {
                #expect(date.earliest <= published, "\(fileName): an act after its publication on \(published.iso): \(shown)")
            }
        }
        let otherDates = result.claims.compactMap(\.date) + result.figures.compactMap(\.refersTo)
        for date in otherDates {
            let shown = RecordMatcher.describe(date)
            #expect(date.earliest <= date.latest, "\(fileName): a claim or figure date runs backwards: \(shown)")
            #expect(date.earliest >= earliestSane && date.latest <= latestSane, "\(fileName): \(shown) far from \(published.iso)")
        }
        for claim in result.claims {
            let shown = RecordMatcher.describe(claim, in: text)
            #expect(!claim.speaker.isEmpty && !claim.quote.isEmpty, "\(fileName): empty speaker or quote in \(shown)")
        }
        for event in result.events {
            #expect((0...1).contains(event.confidence), "\(fileName): confidence \(event.confidence) outside 0…1")
        }
    }

    /// Reports each missed expectation with the closest records, and each known gap that is now met.
    private func report(
        _ misses: [GreedyMatcher.Miss], of expectations: [RecordExpectation], in fileName: String, found count: Int,
        describe: (Int) -> String
    ) {
        for miss in misses {
            var lines = ["\(fileName): no \(miss.expectation.kind.rawValue) matches \(miss.expectation)"]
            if count == 0 {
                lines.append("  the coder found no \(miss.expectation.kind.rawValue)s in this article")
            } else {
                lines.append("  closest of the \(count) found:")
                for candidate in miss.closest {
                    lines.append("  - \(describe(candidate.record))")
                    lines.append(
                        candidate.mismatches.isEmpty
                            ? "    matches, but another expectation already took it"
                            : "    differs in " + candidate.mismatches.map(\.description).joined(separator: "; "))
                }
            }
            record(lines.joined(separator: "\n"), knownGap: miss.expectation.knownGap)
        }
        let missed = Set(misses.map(\.index))
        for (index, expectation) in expectations.enumerated() where expectation.knownGap != nil && !missed.contains(index) {
            Issue.record(Comment(rawValue: "\(fileName): now met, remove its known_gap: \(expectation)"))
        }
    }

    private func record(_ message: String, knownGap: String?) {
        guard let knownGap else {
            Issue.record(Comment(rawValue: message))
            return
        }
        withKnownIssue(Comment(rawValue: "known gap: \(knownGap)")) {
            Issue.record(Comment(rawValue: message))
        }
    }
}
