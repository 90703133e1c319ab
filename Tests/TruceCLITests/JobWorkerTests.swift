import Foundation
import Synchronization
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// Queued imports run by `truce worker` processes sharing one PostgreSQL database.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct JobWorkerTests {
    /// A small ACLED file of job `index`: four events of its own and one every file shares, identical in all.
    static func acledFile(_ index: Int, in folder: URL) throws -> String {
        let lines = try String(contentsOfFile: TestPaths.example("events.csv"), encoding: .utf8).split(separator: "\n")
        let header = String(lines[0])
        let row = String(lines[1])
        let keys = (1...4).map { "JOB\(index)R\($0)" } + ["SHARED1"]
        let body = keys.map { row.replacingOccurrences(of: "AFG90001", with: $0) }
        let path = folder.appendingPathComponent("job-\(index).csv").path
        try ([header] + body).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A short news article of job `index`, unlike every other index's (so stored once each).
    static func articleFile(_ index: Int, in folder: URL) throws -> String {
        let text = """
            KABUL, March \(index % 28 + 1), 2020 — Taliban fighters attacked a police checkpoint in Helmand province, \
            killing \(index + 2) police officers, officials said (report \(index)).

            """
        let path = folder.appendingPathComponent("article-\(index).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// How many candidate records coding `paths` yields, coded here: what a store of them must hold, once each.
    static func candidates(coding paths: [String]) throws -> Int {
        let service = try CodingService(settings: CodingSettings())
        return try paths.reduce(0) { total, path in
            let result = try service.code(.file(path)).result
            return total + result.events.count + result.claims.count + result.figures.count
        }
    }

    /// The candidate records a store holds, in every cluster whatever its state.
    static func storedCandidates(_ app: TruceApp) async throws -> Int {
        try await app.reviewClusters(states: Set(ClusterState.allCases)).reduce(0) { $0 + $1.reports.count }
    }

    @Test func queueOnASQLiteStoreIsAClearError() throws {
        let folder = try TestPaths.temporaryDirectory("truce-jobs-sqlite")
        let store = folder.appendingPathComponent("store.sqlite").path
        let result = try TruceBinary.run(["import", "acled", TestPaths.example("events.csv"), "--queue", "--store", store])
        #expect(result.status != 0)
        #expect(result.stderr.contains("PostgreSQL") && result.stderr.contains("--database"), "\(result.stderr)")
        let jobs = try TruceBinary.run(["jobs", "--store", store])
        #expect(jobs.status != 0 && jobs.stderr.contains("PostgreSQL"), "\(jobs.stderr)")
        let coding = try TruceBinary.run(["code", try Self.articleFile(1, in: folder), "--queue", "--store", store])
        #expect(coding.status != 0 && coding.stderr.contains("PostgreSQL") && coding.stderr.contains("--database"), "\(coding.stderr)")
    }

    @Test func codingJobsStoreEachArticleOnceAndARepeatStoresNothing() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-coding-jobs")
            let database = ["--database", url]
            let first = try Self.articleFile(1, in: folder)
            let second = try Self.articleFile(2, in: folder)
            let batch = folder.appendingPathComponent("batch.jsonl")
            let lines = [
                #"{"id": "a", "text": "Taliban fighters attacked a checkpoint in Kunduz on Monday, killing 4 soldiers.", "day": "2020-04-06"}"#,
                "not a record",
                #"{"id": "b", "text": "The government released 100 Taliban prisoners from Bagram on Tuesday.", "day": "2020-04-07"}"#,
            ]
            try (lines.joined(separator: "\n") + "\n").write(to: batch, atomically: true, encoding: .utf8)

            let files = try TruceBinary.run(["code", first, second, "--queue", "--source", "Wire"] + database)
            try #require(files.status == 0, "\(files.stderr)")
            #expect(files.stdout.contains("Queued job 1: article-1.txt") && files.stdout.contains("Queued job 2: article-2.txt"), "\(files.stdout)")
            let lineJob = try TruceBinary.run(
                ["code", "--jsonl-input", batch.path, "--date-field", "day", "--queue", "--format", "json"] + database)
            try #require(lineJob.status == 0, "\(lineJob.stderr)")
            #expect(lineJob.stdout.contains("batch.jsonl") && lineJob.stdout.contains("3"), "\(lineJob.stdout)")
            let missing = try TruceBinary.run(["code", first, folder.appendingPathComponent("nowhere.txt").path, "--queue"] + database)
            #expect(missing.status != 0 && missing.stderr.contains("nowhere.txt"), "a file that cannot be read queues nothing: \(missing.stderr)")

            let work = try TruceBinary.run(["worker", "--until-idle"] + database)
            #expect(work.status == 0, "\(work.stderr)")
            #expect(work.stdout.contains("job 3 done (attempt 1): articles: 2 stored"), "\(work.stdout)")
            #expect(work.stderr.contains("job 3: batch.jsonl:2: not a JSON object"), "the bad line is named: \(work.stderr)")

            let store = try await PostgresStore.open(url: url)
            let app = TruceApp(storage: store)
            let jobs = try await app.jobs()
            #expect(jobs.map(\.kind) == ["articles", "articles", "articles-jsonl"], "nothing queued for the unreadable file")
            #expect(jobs.allSatisfy { $0.state == .done && $0.snapshot != nil && $0.progress == 1 }, "\(jobs)")
            let stored = try await Self.storedCandidates(app)
            let coded = try Self.candidates(coding: [first, second])
            #expect(stored >= coded && stored > 0, "\(stored) stored, \(coded) coded from the two files alone")

            // The same file queued again is done, and stores nothing: no article, candidate or snapshot.
            let again = try TruceBinary.run(["code", first, "--queue"] + database)
            try #require(again.status == 0, "\(again.stderr)")
            let rerun = try TruceBinary.run(["worker", "--once"] + database)
            #expect(rerun.stdout.contains("job 4 done (attempt 1): articles: 0 stored, 1 already stored"), "\(rerun.stdout)")
            let last = try #require(try await app.jobs().last)
            #expect(last.state == .done && last.snapshot == nil)
            #expect(try await Self.storedCandidates(app) == stored)
            #expect(try await app.snapshots().filter { $0.source == "articles" }.count == 3)
            let table = try TruceBinary.run(["jobs"] + database)
            #expect(table.stdout.contains("articles-jsonl") && table.stdout.contains("batch.jsonl"), "\(table.stdout)")
            await store.close()
        }
    }

    @Test func anIdleWorkerTakesAQueuedJobAtTheNoticeNotAtItsPoll() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-jobs-notice")
            let store = try await PostgresStore.open(url: url)
            let app = TruceApp(storage: store)
            let runner = JobRunner(app: app, worker: "notice-test", lease: .seconds(600), rejects: RejectsFolder(folder.path))
            let done = FinishedJobs()
            // Without the notice, this worker would look at the queue again only in an hour.
            let worker = Task { try await runner.run(untilIdle: false, poll: .seconds(3600)) { done.add($0.job) } }
            defer { worker.cancel() }
            func waitUntilDone(_ job: Int64) async throws -> Bool {
                let deadline = Date().addingTimeInterval(120)
                while Date() < deadline {
                    if done.contains(job) { return true }
                    try await Task.sleep(for: .milliseconds(50))
                }
                return false
            }
            for index in 1...2 {
                // Each job is queued while the worker idles (the first after its start, the second after the first).
                try await Task.sleep(for: .seconds(1))
                let request = ImportRequest(kind: .acled, path: try Self.acledFile(index, in: folder), rejects: RejectsFolder(folder.path))
                let job = try await app.queueImport(request)
                #expect(try await waitUntilDone(job), "job \(job) was taken at its notice")
            }
            let jobs = try await app.jobs()
            #expect(jobs.allSatisfy { $0.state == .done && $0.attempts == 1 })
            // Each job's import is audited as the worker's, in the transaction that landed it.
            let entries = try await store.auditEntries(matching: AuditFilter(kind: "import"), limit: 10, offset: 0)
            #expect(entries.allSatisfy { $0.actor == "worker:notice-test" }, "\(entries.map(\.actor))")
            #expect(Set(entries.map(\.recordID)) == Set(jobs.compactMap { $0.snapshot.map(String.init) }) && entries.count == 2)
            worker.cancel()
            _ = await worker.result
            await store.close()
        }
    }

    @Test func oneWorkerRunsAQueuedImportOnceAndRecordsAFailure() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let database = ["--database", url]
            let queued = try TruceBinary.run(["import", "acled", TestPaths.example("events.csv"), "--queue", "--format", "json"] + database)
            try #require(queued.status == 0, "\(queued.stderr)")
            #expect(queued.stdout.contains("\"job\" : 1") || queued.stdout.contains("\"job\":1"), "\(queued.stdout)")
            let notClaims = try TruceBinary.run(["import", "claims", TestPaths.example("events.csv"), "--queue"] + database)
            try #require(notClaims.status == 0, "\(notClaims.stderr)")
            #expect(try TruceBinary.run(["snapshots", "--format", "json"] + database).stdout.contains("events.csv") == false, "queued, not run")
            let first = try TruceBinary.run(["worker", "--once"] + database)
            #expect(first.status == 0 && first.stdout.contains("job 1 done (attempt 1)"), "\(first.stdout)\(first.stderr)")
            let second = try TruceBinary.run(["worker", "--once"] + database)
            #expect(second.stderr.contains("job 2 failed"), "\(second.stderr)")
            let none = try TruceBinary.run(["worker", "--once"] + database)
            #expect(none.status == 1 && none.stderr.contains("No job is waiting"))
            let listed = try TruceBinary.run(["jobs", "--format", "json"] + database)
            let jobs = try JSONDecoder().decode([JobStatus].self, from: Data(listed.stdout.utf8))
            #expect(jobs.map(\.state) == [.done, .failed])
            #expect(jobs[0].attempts == 1 && jobs[0].progress == 1 && jobs[0].snapshot != nil && jobs[0].error == nil)
            #expect(jobs[1].error?.isEmpty == false && jobs[1].snapshot == nil)
            let table = try TruceBinary.run(["jobs"] + database)
            #expect(table.stdout.contains("ATTEMPTS") && table.stdout.contains("failed"), "\(table.stdout)")
        }
    }

    @Test func threeWorkersRun200ImportAndCodingJobsExactlyOnceThoughOneIsKilled() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-jobs")
            let store = try await PostgresStore.open(url: url)
            let app = TruceApp(storage: store)
            // Every tenth job codes an article; the others import events.
            var articles: [String] = []
            for index in 1...200 {
                if index % 10 == 0 {
                    let article = try Self.articleFile(index, in: folder)
                    articles.append(article)
                    _ = try await app.queueArticles(files: [article], settings: CodingSettings())
                } else {
                    let request = ImportRequest(kind: .acled, path: try Self.acledFile(index, in: folder), rejects: RejectsFolder(folder.path))
                    _ = try await app.queueImport(request)
                }
            }
            let workers = try (0..<3).map { _ in try Self.startWorker(url) }
            defer { for worker in workers where worker.isRunning { kill(worker.processIdentifier, SIGKILL) } }
            // Kill the first worker while it holds a job: a running job whose worker is that process.
            let victim = workers[0]
            let victimName = ":\(victim.processIdentifier)"
            var heldJob: Int64?
            let deadline = Date().addingTimeInterval(120)
            while heldJob == nil, Date() < deadline {
                let running = try await app.jobs().filter { $0.state == .running && ($0.worker ?? "").hasSuffix(victimName) }
                if let job = running.first {
                    kill(victim.processIdentifier, SIGKILL)
                    heldJob = job.id
                } else {
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            victim.waitUntilExit()
            #expect(victim.terminationReason == .uncaughtSignal)
            for worker in workers.dropFirst() {
                try await Self.wait(for: worker, seconds: 600)
                #expect(worker.terminationStatus == 0)
            }
            let jobs = try await app.jobs()
            #expect(jobs.count == 200)
            #expect(jobs.allSatisfy { $0.state == .done }, "\(jobs.filter { $0.state != .done })")
            let snapshots = try await app.snapshots()
            #expect(snapshots.count == 200, "one snapshot per job, none twice")
            #expect(Set(jobs.compactMap(\.snapshot)) == Set(snapshots.map(\.id)))
            let killed = try #require(heldJob, "the worker was killed while holding a job")
            // Killed mid-job or just after committing: either the job was retried, or it was done by its first attempt.
            let retried = try #require(jobs.first { $0.id == killed })
            #expect(retried.attempts >= 2 || (retried.attempts == 1 && retried.worker?.hasSuffix(victimName) == true))
            var events: [String] = []
            _ = try await app.forEachEvent(matching: EventFilter(), limit: nil) { events.append($0.key) }
            #expect(events.count == 721, "4 events of each of the 180 files, and the one they share once")
            #expect(Set(events).count == events.count && events.contains("SHARED1"))
            #expect(snapshots.filter { $0.source == "articles" }.count == 20, "one snapshot per article job")
            let coded = try Self.candidates(coding: articles)
            #expect(try await Self.storedCandidates(app) == coded, "each article's candidates once")
            await store.close()
        }
    }

    static func startWorker(_ url: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TruceBinary.path)
        process.arguments = ["worker", "--until-idle", "--lease", "2", "--database", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func wait(for process: Process, seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}

/// The jobs a worker in this process finished, as its task reports them.
private final class FinishedJobs: Sendable {
    private let ids = Mutex<Set<Int64>>([])

    func add(_ id: Int64) { ids.withLock { _ = $0.insert(id) } }

    func contains(_ id: Int64) -> Bool { ids.withLock { $0.contains(id) } }
}
