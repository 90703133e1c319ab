public import TruceModel

/// Codes whole articles into candidate events, claims and figures.
///
/// Placeholder: finds nothing yet.
public struct ArticleCoder: Sendable {
    public var dictionaries: CoderDictionaries
    public var agreement: Agreement?

    public init(dictionaries: CoderDictionaries = .builtIn, agreement: Agreement? = nil) {
        self.dictionaries = dictionaries
        self.agreement = agreement
    }

    public func code(_ article: Article) -> CodingResult {
        CodingResult()
    }
}
