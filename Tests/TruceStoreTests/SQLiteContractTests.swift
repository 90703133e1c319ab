import Testing
import TruceStorage
import TruceTestSupport

@testable import TruceStore

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

    /// A file store in WAL mode keeps one state for an export's pages while it is written: it never refuses.
    @Test func pagesOfOneStateInAFile() async throws {
        let folder = try TestPaths.temporaryDirectory("truce-contract")
        try await StorageContract.pagesOfOneStateUnrefused.run(try Store.open(path: folder.appendingPathComponent("store.sqlite").path))
    }

    @Test(arguments: StorageContract.dateWindows)
    func dateWindowsInMemory(_ check: StorageContract.Check) async throws {
        try await check.run(try Store.inMemory())
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

/// The audit and token part of the storage contract, run against the SQLite store.
@Suite struct SQLiteAuditContractTests {
    @Test(arguments: StorageContract.audit)
    func inMemory(_ check: StorageContract.AuditCheck) async throws {
        try await check.run(try Store.inMemory())
    }
}

/// The alerts part of the storage contract, run against the SQLite store.
@Suite struct SQLiteAlertContractTests {
    @Test(arguments: StorageContract.alerts)
    func inAFile(_ check: StorageContract.AlertCheck) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-alert-contract")
        try await check.run(try Store.open(path: folder.appendingPathComponent("store.sqlite").path))
    }
}

/// The audited-write part of the storage contract, run against the SQLite store; entries are refused by a
/// trigger the test adds.
@Suite struct SQLiteAuditedWriteContractTests {
    @Test(arguments: StorageContract.auditedWrites)
    func inAFile(_ check: StorageContract.AuditedWriteCheck) async throws {
        let folder = try TestPaths.temporaryDirectory("truce-audited-contract")
        let store = try Store.open(path: folder.appendingPathComponent("store.sqlite").path)
        try await check.run(store) {
            try await store.database.write { db in
                try db.execute(
                    sql: "CREATE TRIGGER audit_log_refuses_entries BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
            }
        }
    }
}
