public import TruceStorage

extension StorageContract {
    /// A named check of an ``AgreementStore``.
    public struct AgreementCheck: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any AgreementStore) async throws -> Void
        public var description: String { name }
    }

    /// Every check of the agreement part of the contract; a backend runs them on a fresh, empty store.
    public static let agreements: [AgreementCheck] = [
        AgreementCheck(name: "agreements are kept, replaced, listed and deleted by id", run: agreementsAreKeptReplacedListedAndDeleted),
        AgreementCheck(name: "agreement text comes back byte for byte", run: agreementTextComesBackExactly),
    ]

    static func agreementsAreKeptReplacedListedAndDeleted(_ store: any AgreementStore) async throws {
        try require(try await store.agreementIDs().isEmpty, "a new store holds no agreement")
        try await store.saveAgreement(id: "doha", yaml: "id: doha\n", savedAt: stamp)
        try await store.saveAgreement(id: "beta", yaml: "id: beta\n", savedAt: stamp)
        try await store.saveAgreement(id: "Doha", yaml: "id: Doha\n", savedAt: stamp)
        try require(try await store.agreementIDs() == ["Doha", "beta", "doha"], "ids in ascending order, case kept")
        try await store.saveAgreement(id: "doha", yaml: "id: doha\ntitle: second\n", savedAt: stamp)
        try require(try await store.agreementYAML(id: "doha") == "id: doha\ntitle: second\n", "saving again replaces the text")
        try require(try await store.agreementIDs().count == 3, "replacing adds no agreement")
        try require(try await store.agreementYAML(id: "missing") == nil, "an unknown id has no text")
        try require(try await store.deleteAgreement(id: "beta"), "deleting a kept agreement says so")
        try require(try await !store.deleteAgreement(id: "beta"), "deleting it again finds nothing")
        try require(try await store.agreementIDs() == ["Doha", "doha"], "the deleted agreement is gone")
    }

    static func agreementTextComesBackExactly(_ store: any AgreementStore) async throws {
        let yaml = "# Vereinbarung — 協定\nid: x\nnotes: \"<script>alert('x')</script>; DROP TABLE agreements; --\"\n\n  \ttrailing  \n"
        try await store.saveAgreement(id: "x'; DROP TABLE agreements; --", yaml: yaml, savedAt: stamp)
        try require(try await store.agreementYAML(id: "x'; DROP TABLE agreements; --") == yaml, "the text and the id are kept exactly")
    }
}
