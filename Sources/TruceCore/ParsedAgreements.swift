import Synchronization
import TruceFormats
import TruceModel

/// Agreements already parsed, by their text: loading YAML is a pure function of the text and the
/// name its errors cite, and costs far more than reading the text back from the store, so a page that
/// shows an agreement on every request parses it once, not once per request. A changed text is a
/// different key, so an edited agreement is parsed afresh; texts that fail to load are not kept.
final class ParsedAgreements: Sendable {
    private struct Key: Hashable {
        let file: String
        let yaml: String
    }

    /// The most texts kept; past it the cache starts again empty (agreements are few, so it rarely fills).
    let capacity: Int
    private let entries = Mutex<[Key: Agreement]>([:])

    init(capacity: Int = 64) {
        self.capacity = max(1, capacity)
    }

    /// The agreement `yaml` loads as, errors naming `file`.
    ///
    /// - Throws: what ``AgreementLoader/parse(yaml:file:warn:)`` throws.
    func agreement(yaml: String, file: String) throws -> Agreement {
        let key = Key(file: file, yaml: yaml)
        if let kept = entries.withLock({ $0[key] }) { return kept }
        let agreement = try AgreementLoader.parse(yaml: yaml, file: file)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = agreement
        }
        return agreement
    }

    /// How many texts are kept, for tests.
    var count: Int { entries.withLock { $0.count } }
}
