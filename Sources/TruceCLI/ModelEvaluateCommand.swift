import ArgumentParser
import Foundation
import TruceCoder
import TruceCore
import TruceModel

/// `truce model evaluate`: leave-one-file-out scores of the learned event types on ACLED notes (scripts/eval-notes).
struct ModelEvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score learned event types on ACLED exports, training each time on the other exports only.",
        discussion: """
            For each export scored, a model is trained on every other ACLED export under --data (folders whose \
            name starts with 'acled'), leaving out notes whose text is also in the scored export, then every note \
            of the scored export is coded (types and fatalities) on one thread, timed by its CPU time, and compared \
            with ACLED's coding. Unless --no-adapt is given, each model is first adapted to the notes it scores \
            (as `truce model train --adapt-to` adapts: their text only, their coding is never read). \
            Each export's largest confusions follow its line (--confusions). The last line is: event_type E sub_event_type_micro_f1 S sub_event_type_macro_f1 M fatalities F notes_per_second N
            """)

    @Argument(help: "ACLED exports to score (default: each export in DATA/acled and DATA/acled-notes).") var files: [String] = []
    @Option(help: "The shared data folder holding the ACLED exports.") var data: String
    @Option(help: "Passes over the notes in training.") var epochs = 10
    @Flag(inversion: .prefixedNo, help: "Adapt each model to the text of the notes it scores before coding them.") var adapt = true
    @Option(help: "How many of the largest confusions (notes of one sub-event type coded as another) to list per export.")
    var confusions = 5

    func run() async throws {
        try CLIErrors.reporting {
            let all = try Self.exports(in: data)
            let scored = files.isEmpty ? all.filter { $0.contains("/acled/") || $0.contains("/acled-notes/") } : files
            var read: [String: ACLEDNotes] = [:]
            for path in Set(all + scored) { read[path] = try ACLEDNotes(path: path) }
            var total = NoteScores()
            var codingSeconds = 0.0
            for path in scored {
                guard let test = read[path], !test.notes.isEmpty else {
                    print("\(path): skipped, no row has notes and a sub-event type (an export from before 2019)")
                    continue
                }
                let scoredTexts = Set(test.notes.map(\.labeled.text))
                let testFile = URL(fileURLWithPath: path).standardizedFileURL.path
                let training = all.filter { URL(fileURLWithPath: $0).standardizedFileURL.path != testFile }
                    .flatMap { read[$0]?.notes ?? [] }.map(\.labeled).filter { !scoredTexts.contains($0.text) }
                let clock = ContinuousClock()
                var model: EventTypeModel?
                let trainingTime = try clock.measure {
                    let unlabeled = adapt ? test.notes.map(\.labeled.text) : []
                    model = try EventTypeTraining(epochs: epochs).train(training, adaptingTo: unlabeled)
                }
                guard let model else { continue }
                let coder = NoteCoder(model: model)
                var coded: [CodedNote] = []
                coded.reserveCapacity(test.notes.count)
                // Timed as this thread's CPU time: the work of one core, whatever else the machine is running.
                let started = Self.threadCPUSeconds()
                let codingTime = clock.measure { for note in test.notes { coded.append(coder.code(note.labeled.text)) } }
                let cpuSeconds = Self.threadCPUSeconds() - started
                codingSeconds += cpuSeconds
                var scores = NoteScores()
                var byCountry: [String: NoteScores] = [:]
                for (note, result) in zip(test.notes, coded) {
                    scores.add(truth: note.labeled, fatalities: note.fatalities, coded: result)
                    byCountry[note.country, default: NoteScores()].add(truth: note.labeled, fatalities: note.fatalities, coded: result)
                }
                total.add(scores)
                print(
                    "\(test.name): \(Self.line(scores)) notes \(scores.notes) trained_on \(training.count) "
                        + "training_seconds \(String(format: "%.1f", Self.seconds(trainingTime))) "
                        + "coding_cpu_seconds \(String(format: "%.2f", cpuSeconds)) coding_wall_seconds \(String(format: "%.2f", Self.seconds(codingTime)))"
                )
                for (country, countryScores) in byCountry.sorted(by: { $0.value.notes > $1.value.notes }) where countryScores.notes >= 100 {
                    print("  \(country): \(Self.line(countryScores)) notes \(countryScores.notes)")
                }
                for (confusion, notes) in scores.largestConfusions(confusions) {
                    print("  confused: \(confusion.truth) -> \(confusion.coded) notes \(notes)")
                }
            }
            let perSecond = codingSeconds > 0 ? Double(total.notes) / codingSeconds : 0
            print("\(Self.line(total)) notes_per_second \(Int(perSecond.rounded()))")
        }
    }

    static func line(_ scores: NoteScores) -> String {
        func figure(_ value: Double) -> String { String(format: "%.3f", value) }
        return "event_type \(figure(scores.eventTypeAccuracy)) sub_event_type_micro_f1 \(figure(scores.subEventMicroF1)) "
            + "sub_event_type_macro_f1 \(figure(scores.subEventMacroF1)) fatalities \(figure(scores.fatalitiesExact))"
    }

    /// The CSV files in the folders of `data` whose name starts with "acled", sorted.
    static func exports(in data: String) throws -> [String] {
        let manager = FileManager.default
        guard let folders = try? manager.contentsOfDirectory(atPath: data) else {
            throw TruceError(.unreadableFile, "\(data): cannot list this data folder; check the path")
        }
        return folders.filter { $0.hasPrefix("acled") }.sorted().flatMap { folder -> [String] in
            let path = data + "/" + folder
            let files = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            return files.filter { $0.lowercased().hasSuffix(".csv") }.sorted().map { path + "/" + $0 }
        }
    }

    /// CPU time used by the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
