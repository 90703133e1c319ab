import PostgresNIO
public import TruceStorage

// Agreements are a few kilobytes of YAML each: every call is one short statement.
extension PostgresStore: AgreementStore {
    public func saveAgreement(id: String, yaml: String, savedAt: String) async throws {
        try await withConnection(doing: "save an agreement in") { connection in
            try await connection.run(
                """
                INSERT INTO agreements (id, yaml, saved_at) VALUES (\(id), \(yaml), \(savedAt))
                ON CONFLICT (id) DO UPDATE SET yaml = excluded.yaml, saved_at = excluded.saved_at
                """, logger: logger)
        }
    }

    public func agreementYAML(id: String) async throws -> String? {
        try await withConnection(doing: "read an agreement of") { connection in
            try await connection.scalar("SELECT yaml FROM agreements WHERE id = \(id)", as: String.self, logger: logger)
        }
    }

    public func agreementIDs() async throws -> [String] {
        try await withConnection(doing: "list the agreements of") { connection in
            var ids: [String] = []
            for try await id in try await connection.query("SELECT id FROM agreements ORDER BY id", logger: logger).decode(String.self) {
                ids.append(id)
            }
            return ids
        }
    }

    @discardableResult
    public func deleteAgreement(id: String) async throws -> Bool {
        try await withConnection(doing: "remove an agreement from") { connection in
            try await connection.scalar("DELETE FROM agreements WHERE id = \(id) RETURNING true", as: Bool.self, logger: logger) ?? false
        }
    }
}
