import Testing
import TrucePostgres
import TruceStorage
import TruceTestSupport

/// The storage contract, run against a real PostgreSQL server: each check in a database of its own.
@Suite(.enabled(if: PostgresTestDatabase.isWanted)) struct PostgresContractTests {
    @Test(arguments: StorageContract.all)
    func postgres(_ check: StorageContract.Check) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.agreements)
    func agreements(_ check: StorageContract.AgreementCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.accounts)
    func accounts(_ check: StorageContract.AccountCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.evidenceVersion)
    func postgresEvidenceVersion(_ check: StorageContract.Check) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }
}
