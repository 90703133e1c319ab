import ArgumentParser
import Foundation
import TruceCoder
import TruceCore
import TruceModel

/// `truce bench coder`: the sentence coder against a PETRARCH validation suite, beside the
/// peers' own predictions on the same cases.
struct BenchCoderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coder",
        abstract: "Score and time the sentence coder on a PETRARCH validation suite (JSON Lines).")

    @Argument(help: "The suite (JSON Lines).") var file = "../shared/data/petrarch/validation-dev.jsonl"
    @Option(help: "auto (the suite's folder) or a folder holding petrarch2/ and universalpetrarch/.") var dictionaries = "auto"
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Option(help: "Minimum seconds of repeated coding for the speed figure.") var seconds = 1.0
    @Flag(help: "Print each evaluated case whose triples differ from the expected ones.") var showMisses = false
    @Option(name: .customLong("time-dictionary"), help: "Also time parsing this dictionary file (repeatable).")
    var timedDictionaries: [String] = []

    struct Case: Decodable {
        struct Expected: Decodable {
            var source: String?
            var target: String?
            var code: String?
        }
        var id: String
        var text: String
        var date: String?
        var expected: [Expected]
        var evaluate: Bool
        var dictSet: String
        var hasParse: Bool

        enum CodingKeys: String, CodingKey {
            case id, text, date, expected, evaluate, parse
            case dictSet = "dict_set"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            text = try container.decode(String.self, forKey: .text)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            expected = try container.decodeIfPresent([Expected].self, forKey: .expected) ?? []
            evaluate = try container.decodeIfPresent(Bool.self, forKey: .evaluate) ?? true
            dictSet = try container.decode(String.self, forKey: .dictSet)
            // Only whether a parse exists matters (it selects the peers' comparison set); it is never read.
            hasParse = (try? container.decodeNil(forKey: .parse)) == false && container.contains(.parse)
        }

        var day: Day? {
            guard let date, date.count == 8, let value = Int(date) else { return nil }
            return Day(year: value / 10_000, month: (value / 100) % 100, day: value % 100)
        }

        var expectedTriples: [EventTripleScore.Triple] {
            expected.map { .init(source: $0.source ?? "", target: $0.target ?? "", code: $0.code ?? "") }
        }
    }

    struct Prediction: Decodable {
        struct Event: Decodable {
            var source: String?
            var target: String?
            var code: String?
        }
        var id: String?
        var events: [Event]?
        var summary: Summary?
        struct Summary: Decodable {
            var engine: String?
            var dictSet: String?

            enum CodingKeys: String, CodingKey {
                case engine
                case dictSet = "dict_set"
            }
        }
    }

    struct Figures: Encodable {
        var engine: String
        var cases: Int
        var precision: Double
        var recall: Double
        var correct: Int
        var predicted: Int
        var expected: Int
    }

    struct Report: Encodable {
        var suite: String
        var comparable: [Figures]
        var allEvaluated: [Figures]
        var sentencesPerSecond: Double
        /// The same over this thread's CPU time: the figure a busy shared machine does not depress.
        var sentencesPerCPUSecond: Double
        var dictionaryWarnings: Int
    }

    func run() async throws {
        for path in timedDictionaries {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var parsed = CoderDictionaries()
            let elapsed = try ContinuousClock().measure { try parsed.add(petrarchText: text, file: path) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                String(
                    format: "parsed %@: %d actors, %d agents, %d verb blocks, %d warnings in %.3f s", path, parsed.actors.count,
                    parsed.agents.count, parsed.verbs.count, parsed.warnings.count, seconds))
        }
        let suiteURL = URL(fileURLWithPath: file)
        let cases = try Self.readCases(suiteURL)
        guard !cases.isEmpty else { throw ValidationError("\(file): no cases") }
        let root = dictionaries == "auto" ? suiteURL.deletingLastPathComponent() : URL(fileURLWithPath: dictionaries)
        var coders: [String: SentenceCoder] = [:]
        var warnings = 0
        for set in Set(cases.map(\.dictSet)) {
            let loaded = try Self.loadDictionaries(set: set, root: root)
            warnings += loaded.warnings.count
            coders[set] = SentenceCoder(dictionaries: loaded)
        }

        // Accuracy.
        var comparable = EventTripleScore()
        var all = EventTripleScore()
        for item in cases where item.evaluate {
            guard let coder = coders[item.dictSet] else { continue }
            let predicted = coder.code(item.text, on: item.day).map {
                EventTripleScore.Triple(source: $0.source?.code ?? "", target: $0.target?.code ?? "", code: $0.code)
            }
            all.add(predicted: predicted, expected: item.expectedTriples)
            if showMisses && Set(predicted) != Set(item.expectedTriples) {
                func show(_ triples: [EventTripleScore.Triple]) -> String {
                    Set(triples).map { "\($0.source)>\($0.target) \($0.root)" }.sorted().joined(separator: ", ")
                }
                print("\(item.id)\(item.hasParse ? "" : " (no parse)"): \(item.text)")
                print("    expected: \(show(item.expectedTriples))")
                print("    truce:    \(show(predicted))")
            }
            if item.hasParse { comparable.add(predicted: predicted, expected: item.expectedTriples) }
        }

        // Speed: whole passes over the suite for at least `seconds`; the median pass counts.
        let clock = ContinuousClock()
        var passes: [Double] = []
        var cpuPasses: [Double] = []
        var total = 0.0
        var sink = 0
        while total < seconds || passes.count < 3 {
            let cpuStart = Self.threadCPUSeconds()
            defer { cpuPasses.append(Self.threadCPUSeconds() - cpuStart) }
            let elapsed = clock.measure {
                for item in cases {
                    if let coder = coders[item.dictSet] { sink &+= coder.code(item.text, on: item.day).count }
                }
            }
            let pass = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            passes.append(pass)
            total += pass
        }
        passes.sort()
        let median = passes[passes.count / 2]
        let speed = median > 0 ? Double(cases.count) / median : 0
        cpuPasses.sort()
        let cpuMedian = cpuPasses[cpuPasses.count / 2]
        let cpuSpeed = cpuMedian > 0 ? Double(cases.count) / cpuMedian : 0

        var comparableFigures = [Self.figures("truce", comparable)]
        var allFigures = [Self.figures("truce", all)]
        for (engine, predictions) in Self.peerPredictions(root: root, caseIDs: Set(cases.map(\.id)), sets: Set(cases.map(\.dictSet))) {
            var peerComparable = EventTripleScore()
            var peerAll = EventTripleScore()
            for item in cases where item.evaluate {
                guard let events = predictions[item.id] else { continue }
                peerAll.add(predicted: events, expected: item.expectedTriples)
                if item.hasParse { peerComparable.add(predicted: events, expected: item.expectedTriples) }
            }
            comparableFigures.append(Self.figures(engine, peerComparable))
            allFigures.append(Self.figures(engine, peerAll))
        }
        let report = Report(
            suite: suiteURL.lastPathComponent, comparable: comparableFigures, allEvaluated: allFigures, sentencesPerSecond: speed,
            sentencesPerCPUSecond: cpuSpeed, dictionaryWarnings: warnings)
        switch format {
        case .json:
            print(try JSONDocument.string(report))
        case .table:
            print("\(report.suite): \(cases.count) cases, root codes, (source, target, root) triples unique per case (sink \(sink % 2))")
            print("dictionary warnings: \(warnings)")
            let header = ["set", "engine", "cases", "precision", "recall", "correct", "predicted", "expected"]
            var rows: [[String]] = []
            for (label, list) in [("evaluated, with parse", comparableFigures), ("all evaluated", allFigures)] {
                for figure in list {
                    rows.append([
                        label, figure.engine, "\(figure.cases)", String(format: "%.3f", figure.precision), String(format: "%.3f", figure.recall),
                        "\(figure.correct)", "\(figure.predicted)", "\(figure.expected)",
                    ])
                }
            }
            Self.printTable(header: header, rows: rows)
            print(String(format: "speed: median of %d passes, %.0f sentences per CPU second (one thread)", passes.count, cpuSpeed))
            print(String(format: "precision %.3f recall %.3f sentences_per_second %.0f", comparable.precision, comparable.recall, speed))
        }
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func figures(_ engine: String, _ score: EventTripleScore) -> Figures {
        Figures(
            engine: engine, cases: score.cases, precision: score.precision, recall: score.recall, correct: score.correct,
            predicted: score.predicted, expected: score.expected)
    }

    static func printTable(header: [String], rows: [[String]]) {
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        print(line(header))
        for row in rows { print(line(row)) }
    }

    static func readCases(_ url: URL) throws -> [Case] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        var cases: [Case] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do {
                cases.append(try decoder.decode(Case.self, from: Data(line)))
            } catch {
                throw ValidationError("\(url.path):\(number + 1): not a suite case (\(error))")
            }
        }
        return cases
    }

    /// The dictionary files of a suite's `dict_set`.
    static func dictionaryFiles(set: String, root: URL) -> [URL] {
        if set.contains("2_02") {
            let folder = root.appendingPathComponent("universalpetrarch/validate")
            return ["actors", "agents", "verbs", "discards"].map { folder.appendingPathComponent("PETR_Validate_\($0)_2_02.txt") }
        }
        let folder = root.appendingPathComponent("petrarch2/dictionaries")
        return ["actors", "agents", "verbs", "discards"].map { folder.appendingPathComponent("PETR.Validate.\($0).txt") }
    }

    static func loadDictionaries(set: String, root: URL) throws -> CoderDictionaries {
        // A suite of one's own can be coded with Truce's built-in dictionaries.
        if set == "builtin" { return .builtIn }
        return try DictionaryLoader.load(dictionaryFiles(set: set, root: root).map(\.path), builtIn: false)
    }

    /// Peer predictions in `results/` whose ids are the suite's, by engine name.
    static func peerPredictions(root: URL, caseIDs: Set<String>, sets: Set<String>) -> [(String, [String: [EventTripleScore.Triple]])] {
        let folder = root.appendingPathComponent("results")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var result: [(String, [String: [EventTripleScore.Triple]])] = []
        let decoder = JSONDecoder()
        for name in files.sorted() where name.hasSuffix(".jsonl") {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            var predictions: [String: [EventTripleScore.Triple]] = [:]
            var engine = String(name.dropLast(6))
            var dictionarySet: String?
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let prediction = try? decoder.decode(Prediction.self, from: Data(line)) else { continue }
                if let id = prediction.id, caseIDs.contains(id) {
                    predictions[id] = (prediction.events ?? []).map {
                        .init(source: $0.source ?? "", target: $0.target ?? "", code: $0.code ?? "")
                    }
                }
                if let summary = prediction.summary {
                    if let name = summary.engine { engine = "\(name) (\(engine))" }
                    dictionarySet = summary.dictSet
                }
            }
            // A baseline ran the suite's own dictionary set and covers most of its cases.
            if let dictionarySet, !sets.contains(dictionarySet) { continue }
            if predictions.count * 2 >= caseIDs.count { result.append((engine, predictions)) }
        }
        return result
    }
}
