public import TruceModel

/// Everything wrong with an agreement file, found in one pass so that a user
/// can fix all of it before loading again.
///
/// Each error is a ``TruceError`` with code `invalidAgreement` (or
/// `unreadableFile`) and, where there is one, the line and column it refers to.
/// `description` lists them one per line as `file:line:column: message`, in
/// the order they appear in the file.
public struct AgreementErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var errors: [TruceError]

    /// Creates the list; never empty when thrown.
    public init(_ errors: [TruceError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
