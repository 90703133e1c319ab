/// Whether a statement reports an act, or something short of one: the one modality of coded
/// events, coded claims and stored claims alike.
///
/// Only `done` counts as compliance evidence: a pledge to stop attacks is not
/// the stopping, and "does not want to kill" is not a killing. An act one side accuses another of
/// (`alleged`: "accused the rebels of shelling a camp") is told as done, by its accuser: a reviewer
/// confirms it before it counts.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
    case done, promised, demanded, denied, hypothetical, negated, alleged

    /// How claims files and stores spell it: `asserted` for `done` (a claim asserts what it
    /// reports), the others by their names.
    public var claimSpelling: String { self == .done ? "asserted" : rawValue }

    /// The modality a claims file or store spells `text`, in any case: `asserted` (or `done`) for
    /// `done`, the others by their names; nil for any other word.
    public init?(claimSpelling text: String) {
        let word = text.lowercased()
        self.init(rawValue: word == "asserted" ? "done" : word)
    }
}
