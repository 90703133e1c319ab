import Foundation
import Testing
import TruceCore
import TruceFormats
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

    @Test func queueOnASQLiteStoreIsAClearError() throws {
        let folder = try TestPaths.temporaryDirectory("truce-jobs-sqlite")
        let store = folder.appendingPathComponent("store.sqlite").path
        let result = try TruceBinary.run(["import", "acled", TestPaths.example("events.csv"), "--queue", "--store", store])
        #expect(result.status != 0)
        #expect(result.stderr.contains("PostgreSQL") && result.stderr.contains("--database"), "\(result.stderr)")
        let jobs = try TruceBinary.run(["jobs", "--store", store])
        #expect(jobs.status != 0 && jobs.stderr.contains("PostgreSQL"), "\(jobs.stderr)")
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

    @Test func threeWorkersRun200JobsExactlyOnceThoughOneIsKilled() async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let folder = try TestPaths.temporaryDirectory("truce-jobs")
            let store = try await PostgresStore.open(url: url)
            let app = TruceApp(storage: store)
            for index in 1...200 {
                let request = ImportRequest(kind: .acled, path: try Self.acledFile(index, in: folder), rejects: RejectsFolder(folder.path))
                _ = try await app.queueImport(request)
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
            #expect(events.count == 801, "4 events of each file, and the one they share once")
            #expect(Set(events).count == events.count && events.contains("SHARED1"))
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
