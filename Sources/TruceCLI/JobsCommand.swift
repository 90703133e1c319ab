import ArgumentParser
import TruceCore
import TruceModel

struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "List the queued jobs of a PostgreSQL store: state, attempts, progress and error.")

    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app(readOnly: true)
            guard app.jobQueue != nil else {
                throw TruceError(.invalidInput, "jobs are kept in a PostgreSQL store only; name it with --database or $TRUCE_DATABASE_URL")
            }
            let jobs = try await app.jobs()
            switch format {
            case .json:
                print(try JSONDocument.string(jobs))
            case .table:
                var table = TextTable(["ID", "KIND", "FILE", "STATE", "ATTEMPTS", "PROGRESS", "SNAPSHOT", "ERROR"])
                for job in jobs {
                    table.add([
                        String(job.id), job.kind, job.fileName, job.state.rawValue, String(job.attempts), "\(Int((job.progress * 100).rounded()))%",
                        job.snapshot.map(String.init) ?? "", job.error ?? "",
                    ])
                }
                print(jobs.isEmpty ? "No jobs: truce import acled FILE --queue" : table.render(width: Terminal.width))
            }
        }
    }
}
