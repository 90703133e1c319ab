import Foundation
import Testing
import TruceTestSupport

/// The store under faults, as a user meets them on the command line.
@Suite struct StoreFaultCommandTests {
    func importedStore(_ label: String) throws -> (folder: URL, store: String) {
        let folder = try TestPaths.temporaryDirectory(label)
        let store = folder.appendingPathComponent("truce.sqlite").path
        let imported = try TruceBinary.run(["import", "acled", TestPaths.example("events.csv"), "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        return (folder, store)
    }

    func contents(_ folder: URL) throws -> [String: Data] {
        var all: [String: Data] = [:]
        // The `-shm` index changes whenever anyone reads; the file and its log change only with writes.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("truce.sqlite") && !name.hasSuffix("-shm") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            if !data.isEmpty { all[name] = data }  // an empty log holds nothing
        }
        return all
    }

    @Test func checkAssessesAReadOnlyStoreAndWritesNothing() throws {
        let (folder, store) = try importedStore("truce-check-ro")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        let before = try contents(folder)
        let checked = try TruceBinary.run(["check", TestPaths.example("agreement.yaml"), "--store", store, "--as-of", "2020-03-05"])
        #expect([0, 3].contains(checked.status), "\(checked.stderr)")
        #expect(checked.stdout.contains("troop"))
        #expect(try contents(folder)["truce.sqlite"] == before["truce.sqlite"])
    }

    @Test func checkingTwiceWritesOnlyOnce() throws {
        let (folder, store) = try importedStore("truce-check-twice")
        _ = try TruceBinary.run(["check", TestPaths.example("agreement.yaml"), "--store", store, "--as-of", "2020-03-05"])
        let before = try contents(folder)
        _ = try TruceBinary.run(["check", TestPaths.example("agreement.yaml"), "--store", store, "--as-of", "2020-03-05"])
        #expect(try contents(folder) == before)
    }

    @Test func storeVerifySaysASoundStoreIsSoundAndRefusesAnotherFile() throws {
        let (folder, store) = try importedStore("truce-verify")
        let verified = try TruceBinary.run(["store", "verify", "--store", store])
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("integrity: ok") && verified.stdout.contains("The store is sound."))
        let other = folder.appendingPathComponent("notes.txt").path
        try Data("not a database, just text".utf8).write(to: URL(fileURLWithPath: other))
        let refused = try TruceBinary.run(["store", "verify", "--store", other])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not a Truce store"))
    }

    @Test func aStorePathThatIsAFolderIsAClearError() throws {
        let folder = try TestPaths.temporaryDirectory("truce-folder-cli")
        let result = try TruceBinary.run(["import", "acled", TestPaths.example("events.csv"), "--store", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a folder"))
    }

    /// A file-size limit (`ulimit -f`, with SIGXFSZ ignored so that writes fail instead of killing
    /// the process) stands in for a full disk: the import fails clearly and the store is as it was.
    @Test func aFullDiskFailsTheImportAndLeavesTheStoreAsItWas() throws {
        let (folder, store) = try importedStore("truce-full")
        let before = try TruceBinary.run(["snapshots", "--store", store, "--format", "json"])
        let big = TestPaths.shared("acled/acled_asia_2015_v6.csv")
        let command = "trap '' XFSZ; ulimit -f 1024; exec '\(TruceBinary.path)' import acled '\(big)' --store '\(store)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let errURL = folder.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try err.close()
        let stderr = try String(contentsOf: errURL, encoding: .utf8)
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("nothing was stored"))
        #expect(stderr.contains("disk"))
        let after = try TruceBinary.run(["snapshots", "--store", store, "--format", "json"])
        #expect(after.stdout == before.stdout)
        let verified = try TruceBinary.run(["store", "verify", "--store", store])
        #expect(verified.status == 0, "\(verified.stdout)")
    }
}
