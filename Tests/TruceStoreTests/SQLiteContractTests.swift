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

    @Test(arguments: StorageContract.evidenceVersion)
    func evidenceVersionInMemory(_ check: StorageContract.Check) async throws {
        try await check.run(try Store.inMemory())
    }

    @Test(arguments: StorageContract.evidenceVersion)
    func evidenceVersionInAFile(_ check: StorageContract.Check) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-contract")
        try await check.run(try Store.open(path: folder.appendingPathComponent("store.sqlite").path))
    }
}

/// The agreement part of the storage contract, run against the SQLite store.
@Suite struct SQLiteAgreementContractTests {
    @Test(arguments: StorageContract.agreements)
    func inMemory(_ check: StorageContract.AgreementCheck) async throws {
        try await check.run(try Store.inMemory())
    }

    @Test(arguments: StorageContract.agreements)
    func inAFile(_ check: StorageContract.AgreementCheck) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-agreement-contract")
        try await check.run(try Store.open(path: folder.appendingPathComponent("store.sqlite").path))
    }
}

/// The accounts part of the storage contract, run against the SQLite store.
@Suite struct SQLiteAccountContractTests {
    @Test(arguments: StorageContract.accounts)
    func inMemory(_ check: StorageContract.AccountCheck) async throws {
        try await check.run(try Store.inMemory())
    }
}
