/// Precision and recall of (source, target, CAMEO root code) triples, scored the way the
/// PETRARCH figures in PROVENANCE.md are: per case, predicted and expected triples are each
/// made unique, a predicted triple is right when the case expects it, and the counts add up
/// over the cases that count.
public struct EventTripleScore: Hashable, Sendable {
    public struct Triple: Hashable, Sendable {
        public var source: String
        public var target: String
        public var root: String

        /// `code` is cut to its root, the first two characters ("0331" → "03").
        public init(source: String, target: String, code: String) {
            self.source = source
            self.target = target
            self.root = String(code.prefix(2))
        }
    }

    public private(set) var correct = 0
    public private(set) var predicted = 0
    public private(set) var expected = 0
    public private(set) var cases = 0

    public init() {}

    public mutating func add(predicted predictedTriples: [Triple], expected expectedTriples: [Triple]) {
        let predictedSet = Set(predictedTriples)
        let expectedSet = Set(expectedTriples)
        correct += predictedSet.intersection(expectedSet).count
        predicted += predictedSet.count
        expected += expectedSet.count
        cases += 1
    }

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { expected == 0 ? 0 : Double(correct) / Double(expected) }
}
