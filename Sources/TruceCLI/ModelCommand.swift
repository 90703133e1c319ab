import ArgumentParser
import Foundation
import TruceCoder
import TruceCore
import TruceModel

/// `truce model`: learned ACLED event types.
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Learn ACLED event and sub-event types from ACLED exports, for `truce code --model`.",
        subcommands: [Train.self, ModelEvaluateCommand.self]
    )

    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "train",
            abstract: "Learn event and sub-event types from the notes of ACLED exports, and their places, and write a model file.",
            discussion: """
                Every row with notes and a sub-event type is learned from (exports from before 2019 have no \
                sub-event types and add nothing). With --adapt-to, the model is then adapted to the reporting it will \
                code: those texts are coded, the more confident half of each sub-event type's join the notes, and it \
                is trained again (their own coding, if any, is never read). ACLED's terms restrict sharing its data: see \
                docs/coder/model.md before giving a model file to others. The model also holds the places the \
                exports name (admin1, admin2, admin3, location → country and admin1), for `truce code --model` to \
                look up after its built-in gazetteer; a name found in two regions is left out.
                """)

        @Argument(help: "ACLED exports (CSV) to learn from.", completion: .file(extensions: ["csv"])) var files: [String]
        @Option(help: "Where to write the model file.") var output: String
        @Option(help: "Passes over the notes.") var epochs = 10
        @Option(
            name: .customLong("adapt-to"),
            help: ArgumentHelp(
                "Texts the model will code, to adapt it to: ACLED exports (CSV; every row's notes, coding unread) or text files (one text a line).",
                valueName: "file"),
            completion: .file())
        var adaptTo: [String] = []

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one ACLED export to learn from") }
            guard (1...100).contains(epochs) else { throw ValidationError("--epochs must be between 1 and 100") }
        }

        func run() async throws {
            try CLIErrors.reporting {
                var notes: [LabeledNote] = []
                var places = PlaceCollector()
                for file in files {
                    let read = try ACLEDNotes(path: file)
                    if read.notes.isEmpty {
                        Terminal.error("notice: \(file): no row has both notes and a sub-event type; nothing learned from it")
                    }
                    notes += read.notes.map(\.labeled)
                    places.merge(read.places)
                }
                var unlabeled: [String] = []
                for file in adaptTo { unlabeled += try Self.texts(in: file) }
                let clock = ContinuousClock()
                var model: EventTypeModel?
                let elapsed = try clock.measure { model = try EventTypeTraining(epochs: epochs).train(notes, adaptingTo: unlabeled) }
                guard var model else { return }
                let learned = places.learned()
                model.places = learned.places
                try EventTypeModelFile.save(model, to: output)
                let adapted = unlabeled.isEmpty ? "" : " (adapted to \(unlabeled.count) texts)"
                print(
                    "Learned \(model.eventTypes.count) event types and \(model.subEventTypes.count) sub-event types from "
                        + "\(model.trainingNotes) notes\(adapted) in \(String(format: "%.1f", ModelEvaluateCommand.seconds(elapsed))) s; wrote \(output)."
                )
                let everyday = learned.places.byName.values.filter(\.needsQualifier).count
                print(
                    "Learned places: \(learned.places.count) (\(everyday) of them everyday words, taken only before \"district\", "
                        + "\"province\" …); left out: \(learned.ambiguous) names found in more than one region.")
            }
        }

        /// The texts of one `--adapt-to` file: an ACLED export's notes (coded or not), else every non-empty line.
        static func texts(in file: String) throws -> [String] {
            if file.lowercased().hasSuffix(".csv") {
                let read = try ACLEDNotes(path: file)
                return read.notes.map(\.labeled.text) + read.uncodedTexts
            }
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw TruceError(.unreadableFile, "\(file): cannot read this file as UTF-8 text; check the path")
            }
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }
}
