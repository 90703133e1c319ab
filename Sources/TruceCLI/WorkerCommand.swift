import ArgumentParser
import Foundation
import TruceCore
import TruceModel

struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run queued jobs (truce import … --queue, truce code … --queue) from a PostgreSQL store, one at a time.",
        discussion: """
            Several workers may share one database, on one machine or several: each claims the oldest waiting job \
            (SELECT … FOR UPDATE SKIP LOCKED) under a lease it renews while working. When a worker dies, its lease \
            expires and another worker runs the job again; the import and the job's completion commit together, \
            so nothing is imported twice. An idle worker waits for the database's notice (LISTEN/NOTIFY) that a \
            job was queued, and looks again every --poll seconds in case a notice was lost with its connection.
            """
    )

    @Flag(help: "Take one job, run it and exit (exit code 1 when there was none).") var once = false
    @Flag(help: "Exit once no job is waiting or running, instead of waiting for more.") var untilIdle = false
    @Option(help: "Seconds a claim lasts without renewal: a worker that dies holds its job this long.") var lease = 30
    @Option(help: "Seconds between looks at an idle queue, besides the database's notice of each queued job (a fallback).")
    var poll = 30
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard lease >= 1 else { throw ValidationError("--lease must be at least 1 second") }
        guard poll >= 1 else { throw ValidationError("--poll must be at least 1 second") }
        guard !(once && untilIdle) else { throw ValidationError("give --once or --until-idle, not both") }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app()
            guard app.jobQueue != nil else {
                throw TruceError(.invalidInput, "truce worker runs jobs from a PostgreSQL store; name it with --database or $TRUCE_DATABASE_URL")
            }
            let name = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
            let runner = JobRunner(app: app, worker: name, lease: .seconds(lease), rejects: storeOptions.rejects)
            if once {
                guard let outcome = try await runner.runOne() else {
                    Terminal.error("No job is waiting.")
                    throw ExitCode(1)
                }
                Self.show(outcome)
                return
            }
            try await runner.run(untilIdle: untilIdle, poll: .seconds(poll)) { Self.show($0) }
        }
    }

    static func show(_ outcome: JobOutcome) {
        if let report = outcome.report {
            let c = report.counts
            print(
                "job \(outcome.job) done (attempt \(outcome.attempt)): \(report.file): read \(c.read), stored \(c.stored), updated \(c.updated), "
                    + "unchanged \(c.unchanged), rejected \(c.rejected) (snapshot \(report.snapshot))")
        } else if let intake = outcome.articles {
            let stored = intake.stored
            print(
                "job \(outcome.job) done (attempt \(outcome.attempt)): articles: \(stored.articlesNew) stored, \(stored.articlesDuplicate) "
                    + "already stored, \(intake.failures.count) failed; candidates: \(stored.events) events, \(stored.claims) claims, "
                    + "\(stored.figures) figures (snapshot \(stored.snapshot.map(String.init) ?? "none"))")
            for failure in intake.failures { Terminal.error("job \(outcome.job): \(failure.origin): \(failure.message)") }
        } else {
            Terminal.error("job \(outcome.job) failed (attempt \(outcome.attempt)): \(outcome.error ?? "unknown error")")
        }
    }
}
