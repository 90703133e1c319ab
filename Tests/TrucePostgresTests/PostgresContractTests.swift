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

    /// PostgreSQL keeps one state for an export's pages while it is written: it never refuses.
    @Test func pagesOfOneState() async throws {
        try await PostgresTestDatabase.with { store in try await StorageContract.pagesOfOneStateUnrefused.run(store) }
    }

    @Test(arguments: StorageContract.agreements)
    func agreements(_ check: StorageContract.AgreementCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.accounts)
    func accounts(_ check: StorageContract.AccountCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.audit)
    func audit(_ check: StorageContract.AuditCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.alerts)
    func alerts(_ check: StorageContract.AlertCheck) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    /// Entries are refused by a trigger the test adds.
    @Test(arguments: StorageContract.auditedWrites)
    func auditedWrites(_ check: StorageContract.AuditedWriteCheck) async throws {
        try await PostgresTestDatabase.withURL { (url: String) async throws in
            let store = try await PostgresStore.open(url: url)
            do {
                try await check.run(store) {
                    try await PostgresOpeningTests.execute(
                        "CREATE FUNCTION truce_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
                        at: url)
                    try await PostgresOpeningTests.execute(
                        "CREATE TRIGGER audit_log_refuses_entries BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION truce_test_refuse()",
                        at: url)
                }
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }

    @Test(arguments: StorageContract.dateWindows)
    func postgresDateWindows(_ check: StorageContract.Check) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }

    @Test(arguments: StorageContract.evidenceVersion)
    func postgresEvidenceVersion(_ check: StorageContract.Check) async throws {
        try await PostgresTestDatabase.with { store in try await check.run(store) }
    }
}
