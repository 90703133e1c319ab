import ArgumentParser
import Foundation
import TruceFormats
import TruceModel

/// `truce agreement`: start agreement files.
struct AgreementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Start agreement files, upgrade them, and keep them in the store for `truce serve`.",
        subcommands: [New.self, Upgrade.self, Add.self, List.self, Remove.self]
    )

    /// `truce agreement upgrade FILE`: a version 1 file rewritten as version 2.
    struct Upgrade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upgrade",
            abstract: "Rewrite a format version 1 agreement file as version 2, comments and layout kept.",
            discussion: "Writes the upgraded file to standard output, or over FILE with --in-place. A file that does not load is not rewritten."
        )

        @Argument(help: ArgumentHelp("The agreement file.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
        var file: String
        @Flag(help: "Rewrite FILE itself instead of printing the result.") var inPlace = false

        func run() async throws {
            try CLIErrors.reporting {
                let result = try AgreementUpgrade.upgrade(path: file)
                guard inPlace else {
                    print(result.text, terminator: "")
                    return
                }
                guard result.changed else {
                    Terminal.error("\(file) is already format version 2; nothing to do.")
                    return
                }
                try Data(result.text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
                Terminal.error("Upgraded \(file) to format version 2.")
            }
        }
    }

    /// `truce agreement new --from-pax FILE --id AGTID`: a skeleton from one row of PA-X.
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Write an agreement skeleton from one agreement of the PA-X agreements CSV.",
            discussion: """
                Reads the row with the given AgtId from PA-X's pax_all_agreements_data.csv (peaceagreements.org) and writes \
                an agreement file: title, signing date, the signatories and third parties as actors, the PA-X metadata in \
                comments, and a commented provision stub for each PA-X topic coded in the agreement. The file loads as \
                written; fill the stubs from the text of the agreement, then run `truce check`.
                """
        )

        @Option(
            name: .customLong("from-pax"), help: ArgumentHelp("The PA-X agreements CSV.", valueName: "file"),
            completion: .file(extensions: ["csv"]))
        var paxFile: String
        @Option(name: .customLong("id"), help: ArgumentHelp("The agreement's PA-X AgtId, e.g. 2271.", valueName: "agtid"))
        var agtId: String
        @Option(
            help: ArgumentHelp("Write the skeleton here (default: standard output).", valueName: "path"),
            completion: .file(extensions: ["yaml", "yml"]))
        var output: String?
        @Flag(help: "Overwrite the output file if it exists.") var force = false

        func run() async throws {
            try CLIErrors.reporting {
                if let output { try Self.checkWritable(output, force: force) }
                let row = try PAXAgreementsReader.agreement(id: agtId, path: paxFile)
                let skeleton = try AgreementSkeleton(row: row)
                let yaml = skeleton.yaml
                // The skeleton must load as written; if it does not, that is Truce's bug, not the user's.
                do {
                    _ = try AgreementLoader.parse(yaml: yaml, file: output ?? "skeleton.yaml")
                } catch {
                    throw TruceError(
                        .invalidInput,
                        "the skeleton for agreement \(row.agtId) does not load (a bug in Truce; please report it with the AgtId): \(error)")
                }
                guard let output else {
                    print(yaml, terminator: "")
                    return
                }
                do {
                    try Data(yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw TruceError(
                        .unreadableFile, "cannot write \(output): \(error.localizedDescription); check the folder exists and is writable")
                }
                Terminal.error(Self.summary(skeleton, output: output))
            }
        }

        /// Refuses an existing file (unless forced), a folder and a missing folder before any work is done.
        static func checkWritable(_ output: String, force: Bool) throws {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) else {
                let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                    throw TruceError(
                        .invalidInput, "cannot write \(output): the folder \(folder) does not exist; create it or choose another --output")
                }
                return
            }
            if isFolder.boolValue {
                throw TruceError(.invalidInput, "\(output) is a folder; give the path of the YAML file to write, e.g. \(output)/agreement.yaml")
            }
            if !force {
                throw TruceError(.invalidInput, "\(output) already exists; choose another --output, or add --force to overwrite it")
            }
        }

        static func summary(_ skeleton: AgreementSkeleton, output: String) -> String {
            let stubs = skeleton.categories.map(\.id)
            var text = "Wrote \(output): agreement \(skeleton.row.agtId), signed \(skeleton.signed.iso), "
            text += "\(skeleton.parties.count) part\(skeleton.parties.count == 1 ? "y" : "ies"), "
            text += "\(skeleton.thirdParties.count) third part\(skeleton.thirdParties.count == 1 ? "y" : "ies"), "
            text +=
                stubs.isEmpty
                ? "no provision stubs." : "\(stubs.count) provision stub\(stubs.count == 1 ? "" : "s") (\(stubs.joined(separator: ", ")))."
            text += "\nCheck it against the agreement's text, fill the stubs, then: truce check \(output)"
            return text
        }
    }
}
