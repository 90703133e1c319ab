import Foundation
import Testing
import TruceCoder
import TruceModel
import TruceTestSupport

/// The PETRARCH validation suites, coded from their text with their own dictionaries and
/// scored as `truce bench coder` scores them, so a regression in accuracy fails here.
@Suite struct SentenceCoderValidationTests {
    static func score(suite: String, dictionaryFiles: [String]) throws -> EventTripleScore {
        var dictionaries = CoderDictionaries()
        for file in dictionaryFiles {
            let path = TestPaths.shared(file)
            try dictionaries.add(petrarchText: try String(contentsOfFile: path, encoding: .utf8), file: path)
        }
        let coder = SentenceCoder(dictionaries: dictionaries)
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.shared(suite)))
        var score = EventTripleScore()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            // The peers' published figures count evaluated cases that have a parse; the parse itself is never read.
            guard object["evaluate"] as? Bool == true, !(object["parse"] is NSNull), object["parse"] != nil else { continue }
            let text = try #require(object["text"] as? String)
            let date = (object["date"] as? String).flatMap(Int.init).flatMap { Day(year: $0 / 10_000, month: $0 / 100 % 100, day: $0 % 100) }
            let expected = (object["expected"] as? [[String: Any]] ?? []).map {
                EventTripleScore.Triple(
                    source: $0["source"] as? String ?? "", target: $0["target"] as? String ?? "", code: $0["code"] as? String ?? "")
            }
            let predicted = coder.code(text, on: date).map {
                EventTripleScore.Triple(source: $0.source?.code ?? "", target: $0.target?.code ?? "", code: $0.code)
            }
            score.add(predicted: predicted, expected: expected)
        }
        return score
    }

    @Test func petrarch2SuiteMeetsTheTargets() throws {
        let score = try Self.score(
            suite: "petrarch/validation-dev.jsonl",
            dictionaryFiles: ["actors", "agents", "verbs", "discards"].map { "petrarch/universalpetrarch/validate/PETR_Validate_\($0)_2_02.txt" })
        #expect(score.cases == 140)
        #expect(score.precision >= 0.71)
        #expect(score.recall >= 0.51)
    }

    @Test func petrarch1SuiteStaysAboveItsMeasuredFloor() throws {
        let score = try Self.score(
            suite: "petrarch/validation-petrarch1-dev.jsonl",
            dictionaryFiles: ["actors", "agents", "verbs", "discards"].map { "petrarch/petrarch2/dictionaries/PETR.Validate.\($0).txt" })
        #expect(score.precision >= 0.90)
        #expect(score.recall >= 0.75)
    }

    @Test func scorerCountsUniqueTriplesPerCase() {
        var score = EventTripleScore()
        let arnorGondor = EventTripleScore.Triple(source: "ARN", target: "GON", code: "0431")
        score.add(
            predicted: [arnorGondor, arnorGondor, .init(source: "ARN", target: "GON", code: "190")],
            expected: [.init(source: "ARN", target: "GON", code: "042")])
        #expect(score.correct == 1)
        #expect(score.predicted == 2)
        #expect(score.expected == 1)
        #expect(score.precision == 0.5)
    }
}
