/// Agreements kept in the store as the YAML their analysts wrote, so that a server can list
/// and assess them without reading files.
///
/// The store keeps the text exactly as given; checking it is the core's job. Ids are compared
/// exactly (case matters).
public protocol AgreementStore: Sendable {
    /// Keeps `yaml` under `id`, replacing what was kept under that id; `savedAt` is an ISO 8601 instant.
    func saveAgreement(id: String, yaml: String, savedAt: String) async throws
    /// The YAML kept under `id`, or nil when there is none.
    func agreementYAML(id: String) async throws -> String?
    /// The id of every kept agreement, in ascending order.
    func agreementIDs() async throws -> [String]
    /// Removes the agreement kept under `id`; returns whether there was one.
    @discardableResult
    func deleteAgreement(id: String) async throws -> Bool
}
