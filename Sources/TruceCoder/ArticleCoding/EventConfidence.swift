import TruceModel

/// How likely an article event is to be right, from signals an analyst can see in it (issue 12 item 7).
///
/// A logistic combination of the signals, with weights fitted by `scripts/fit-confidence` on the scorer's matches of
/// the hand-annotated ceasefire news (see docs/coder/news.md): so that the review queue, sorted by confidence, shows
/// first the events most often right. Statements and readouts report the day's own acts (a truce agreed, a strike
/// today) more often than the dated acts they recall, so a date other than the publication day weighs against an
/// event, and an act reported done for it.
enum EventConfidence {
    /// The fitted weights, in the order of `signals(of:published:)`; the first is the intercept.
    static let weights: [Double] = [-1.266, 0.206, 0.006, 0.810, -1.167, 0.506, -0.071, 0.037, 0.273]

    /// The signals of an event: both sides named, one side named, reported done, dated to start on another day than
    /// the publication day, a strategic development, a code more specific than its root, a region, a count (killed, held or acts).
    static func signals(of event: CodedEvent, published: Day?) -> [Double] {
        let sides = (event.actor1 != nil ? 1 : 0) + (event.actor2 != nil ? 1 : 0)
        // A span that starts on the publication day ("over the next 60 days") counts as that day's.
        let ownDate = event.date.map { date in published.map { date.earliest != $0 } ?? true } ?? false
        let counted =
            event.fatalities.low != nil || event.fatalities.best != nil || (event.count ?? 0) > 0 || (event.detained ?? 0) > 0
        return [
            sides == 2 ? 1 : 0, sides == 1 ? 1 : 0, event.modality == .done ? 1 : 0, ownDate ? 1 : 0,
            event.acledEventType == "Strategic developments" ? 1 : 0,
            event.code.count > 3 || !event.code.hasSuffix("0") ? 1 : 0, event.location.admin1 != nil ? 1 : 0, counted ? 1 : 0,
        ]
    }

    /// The event's confidence, 0…1, rounded to two places.
    static func confidence(of event: CodedEvent, published: Day?) -> Double {
        var score = weights[0]
        for (weight, signal) in zip(weights.dropFirst(), signals(of: event, published: published)) { score += weight * signal }
        let probability = 1 / (1 + exponential(-score))
        return (probability * 100).rounded() / 100
    }

    /// e^x without Foundation: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its series, times 2^n.
    static func exponential(_ x: Double) -> Double {
        let clamped = min(max(x, -700), 700)
        let ln2 = 0.693_147_180_559_945_3
        let n = (clamped / ln2).rounded()
        let r = clamped - n * ln2
        var term = 1.0
        var sum = 1.0
        for k in 1...14 {
            term *= r / Double(k)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(n), significand: sum)
    }
}
