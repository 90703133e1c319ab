public import TruceModel

/// The dictionaries the coder reads: actors, agents and verb patterns.
///
/// Placeholder: the PETRARCH-format dictionaries replace this.
public struct CoderDictionaries: Sendable {
    public init() {}

    /// Truce's own dictionaries.
    public static var builtIn: CoderDictionaries { CoderDictionaries() }

    /// Adds one dictionary file in a PETRARCH format; `file` names it in errors.
    public mutating func add(petrarchText text: String, file: String) throws(TruceError) {
        throw TruceError(.invalidInput, "\(file): PETRARCH dictionaries are not read yet")
    }
}
