/// How well coded notes agree with their human coding: event-type accuracy, sub-event
/// micro- and macro-F1, and the share of notes whose fatality count is exactly right.
///
/// Every note gets exactly one predicted label, so micro-F1 equals accuracy. Macro-F1
/// averages the F1 of every sub-event type that is either a true or a predicted label
/// (a type predicted but never true scores 0, as in scikit-learn).
public struct NoteScores: Hashable, Sendable {
    public private(set) var notes = 0
    public private(set) var eventTypesRight = 0
    public private(set) var subEventTypesRight = 0
    public private(set) var fatalitiesRight = 0
    /// Per sub-event type: true positives, false positives, false negatives.
    private var counts: [String: [Int]] = [:]
    /// Notes per (true label, coded label) pair that differ.
    private var mistakes: [Confusion: Int] = [:]

    /// Notes of one true sub-event type coded as another: one cell of the confusion matrix off its diagonal.
    public struct Confusion: Hashable, Sendable {
        /// "Event type / sub-event type" as the human coded it.
        public var truth: String
        /// "Event type / sub-event type" as it was coded.
        public var coded: String

        public init(truth: String, coded: String) {
            self.truth = truth
            self.coded = coded
        }
    }

    public init() {}

    public mutating func add(truth: LabeledNote, fatalities: Int, coded: CodedNote) {
        notes += 1
        if truth.eventType == coded.eventType { eventTypesRight += 1 }
        if fatalities == coded.fatalities { fatalitiesRight += 1 }
        let trueLabel = truth.eventType + " / " + truth.subEventType
        let codedLabel = coded.eventType + " / " + coded.subEventType
        if trueLabel == codedLabel {
            subEventTypesRight += 1
            counts[trueLabel, default: [0, 0, 0]][0] += 1
        } else {
            counts[codedLabel, default: [0, 0, 0]][1] += 1
            counts[trueLabel, default: [0, 0, 0]][2] += 1
            mistakes[Confusion(truth: trueLabel, coded: codedLabel), default: 0] += 1
        }
    }

    public mutating func add(_ other: NoteScores) {
        notes += other.notes
        eventTypesRight += other.eventTypesRight
        subEventTypesRight += other.subEventTypesRight
        fatalitiesRight += other.fatalitiesRight
        for (label, values) in other.counts {
            var mine = counts[label, default: [0, 0, 0]]
            for index in 0..<3 { mine[index] += values[index] }
            counts[label] = mine
        }
        mistakes.merge(other.mistakes, uniquingKeysWith: +)
    }

    /// The `limit` largest cells off the diagonal of the confusion matrix, most notes first (ties by label),
    /// so the boundaries where most notes are lost can be read at a glance.
    public func largestConfusions(_ limit: Int) -> [(confusion: Confusion, notes: Int)] {
        let sorted = mistakes.sorted {
            ($1.value, $0.key.truth, $0.key.coded) < ($0.value, $1.key.truth, $1.key.coded)
        }
        return sorted.prefix(max(0, limit)).map { (confusion: $0.key, notes: $0.value) }
    }

    public var eventTypeAccuracy: Double { ratio(eventTypesRight) }
    public var subEventMicroF1: Double { ratio(subEventTypesRight) }
    public var fatalitiesExact: Double { ratio(fatalitiesRight) }

    public var subEventMacroF1: Double {
        guard !counts.isEmpty else { return 0 }
        let scores = counts.values.map { values -> Double in
            let denominator = 2 * values[0] + values[1] + values[2]
            return denominator == 0 ? 0 : Double(2 * values[0]) / Double(denominator)
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    /// F1 of each sub-event type ("Battles / Armed clash"), with how many notes truly had it.
    public var perSubEventType: [(label: String, f1: Double, support: Int)] {
        counts.map { label, values in
            let denominator = 2 * values[0] + values[1] + values[2]
            return (label, denominator == 0 ? 0 : Double(2 * values[0]) / Double(denominator), values[0] + values[2])
        }.sorted { $0.support > $1.support }
    }

    private func ratio(_ count: Int) -> Double { notes == 0 ? 0 : Double(count) / Double(notes) }
}
