public import TruceModel

/// A sentence read once for all of the lexicon's finders.
///
/// Each finder also has a static form that takes a `String`; when a caller asks
/// one sentence for numbers, dates, figures and the modality of several verbs,
/// this type splits it into words once instead of once per question.
/// Positions are UTF-8 byte offsets into `text`.
public struct LexicalSentence: Sendable {
    public let text: String
    let tokens: [LexToken]

    public init(_ text: String) {
        self.text = text
        self.tokens = LexTokenizer.tokens(text)
    }

    /// Counts, as `NumberFinder.numbers(in:)` finds them.
    public var numbers: [NumberMention] { NumberFinder.mentions(in: tokens) }

    /// Dates, as `DateFinder.dates(in:published:anchor:)` finds them; a day written without a year takes the one in
    /// `knownYears` (`DateScanner.key(month:day:)` → year), the year the text gave it before.
    public func dates(published: Day, anchor: Day? = nil, knownYears: [Int: Int] = [:]) -> [DateMention] {
        DateFinder.mentions(in: tokens, published: published, anchor: anchor, knownYears: knownYears)
    }

    /// The modality of the verb at `verbRange`, as `ModalityDetector.modality(of:verbRange:)` reads it.
    public func modality(verbRange: Range<Int>) -> Modality {
        ModalityDetector.modality(tokens, verbRange: verbRange)
    }

    /// Whether the verb at `verbRange` is only wished for, aimed at or supposed in an "if" clause, as `ModalityDetector.isWished` reads it.
    func isWished(verbRange: Range<Int>) -> Bool {
        ModalityDetector.isWished(tokens, verbRange: verbRange)
    }

    /// Indicator values, as `FigureFinder.figures(in:published:anchor:)` finds them.
    public func figures(published: Day, anchor: Day? = nil) -> [FoundFigure] {
        FigureFinder.figures(tokens, published: published, anchor: anchor)
    }
}
