import Testing
import TruceStorage
import TruceStore
import TruceTestSupport

/// The storage contract, run against the SQLite store: in memory, and in a file (WAL and all).
@Suite struct SQLiteContractTests {
    @Test(arguments: StorageContract.all)
    func inMemory(_ check: StorageContract.Check) async throws {
        try await check.run(try Store.inMemory())
    }

    @Test(arguments: StorageContract.all)
    func inAFile(_ check: StorageContract.Check) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-contract")
        try await check.run(try Store.open(path: folder.appendingPathComponent("store.sqlite").path))
    }
}
