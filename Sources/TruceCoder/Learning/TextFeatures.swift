/// Turns a text into a hashed feature vector for the learned classifiers.
///
/// Features are word unigrams and bigrams and character n-grams (`characterGrams`,
/// 2–5 by default; none when nil) taken within word boundaries (" word " padded with spaces), all
/// lower-cased, with every run of digits read as one `0` so that dates and counts do
/// not become separate words. Each feature is hashed (FNV-1a) into `1 << bucketBits`
/// buckets; a bucket's value is the sublinear term frequency `1 + ln(tf)`, times the
/// bucket's inverse document frequency when `weights` are given, and the vector is
/// scaled to unit length. The same text always gives the same vector.
///
/// With `shortNames`, a word written with a capital that does not open a sentence (a
/// place, a person, a group: "Kisumu", "JNIM") is read as a name: it keeps its own word
/// feature and adds one shared "a name" feature, but gives no character n-grams, and a
/// bigram sees it as "a name". Names are what differ most between countries; their
/// n-grams would otherwise let one country's places stand for one type of event.
///
/// With `cues`, a word of one of the `CueWords` groups ("pelted", "hurled": crowd violence) also
/// gives its group's feature, so that what is learnt from one word carries to its synonyms.
///
/// With `roles`, each act of a sentence ("attacked", "clashed", "dispersed") gives features of who did it
/// to whom as far as word order tells (`RoleTracker`): armed men who harm civilians, armed men on both
/// sides, a crowd that damages, police who disperse a crowd.
public struct TextFeatures: Hashable, Sendable {
    /// log2 of the number of hash buckets.
    public var bucketBits: Int
    /// The character n-gram lengths taken inside each padded word; nil for words alone.
    public var characterGrams: ClosedRange<Int>?
    /// Whether names (capitalised words inside a sentence) give their word alone, no character n-grams.
    public var shortNames: Bool
    /// Whether words of the `CueWords` groups also give their group's feature.
    public var cues: Bool
    /// Whether each act gives the features of its agent's and patient's parties (`RoleTracker`).
    public var roles: Bool

    /// The features a new model is trained with.
    public static let `default` = TextFeatures(bucketBits: 17, characterGrams: 2...5, shortNames: true, cues: true, roles: true)
    /// The second view a new model is trained with: words, bigrams and cue words, no character n-grams.
    /// It reads as well as `default` on notes from unseen countries but errs on other notes.
    public static let words = TextFeatures(bucketBits: 17, characterGrams: nil, shortNames: true, cues: true, roles: true)

    /// - Parameters:
    ///   - shortNames: false reads names like every other word (as models of file version 1 did).
    ///   - cues: false gives no cue-word features (as models of file version 1 did).
    ///   - roles: false gives no role features (as models of file versions 1–3 did).
    public init(bucketBits: Int, characterGrams: ClosedRange<Int>?, shortNames: Bool = false, cues: Bool = false, roles: Bool = false) {
        self.bucketBits = bucketBits
        self.characterGrams = characterGrams
        self.shortNames = shortNames
        self.cues = cues
        self.roles = roles
    }

    public var buckets: Int { 1 << bucketBits }

    /// The unit-length hashed feature vector of `text`, with one bias feature that every text has.
    ///
    /// - Parameter weights: one factor per bucket (inverse document frequencies), or nil for none.
    public func vector(_ text: String, weights: [Float]? = nil) -> SparseVector {
        var sink = OneView(counts: BucketCounter(expected: expectedFeatures(text)), mask: UInt64(buckets - 1))
        walk.walk(text, into: &sink)
        return sink.counts.unitVector(weights: weights)
    }

    /// Whether `other` reads words exactly as this does (its character n-grams may differ), so that one
    /// walk over a text gives both their vectors (`vectors(_:_:_:)`).
    func readsWordsLike(_ other: TextFeatures) -> Bool {
        bucketBits == other.bucketBits && shortNames == other.shortNames && cues == other.cues && roles == other.roles
    }

    /// The vectors of `text` under two features that read words alike, from one walk over it: exactly
    /// `first.vector(text, weights:)` and `second.vector(text, weights:)`.
    ///
    /// - Precondition: `first.readsWordsLike(second)`.
    static func vectors(
        _ text: String, _ first: (features: TextFeatures, weights: [Float]?), _ second: (features: TextFeatures, weights: [Float]?)
    ) -> (SparseVector, SparseVector) {
        precondition(first.features.readsWordsLike(second.features), "one walk serves features that read words alike")
        var sink = TwoViews(
            first: BucketCounter(expected: first.features.expectedFeatures(text)),
            second: BucketCounter(expected: second.features.expectedFeatures(text)), mask: UInt64(first.features.buckets - 1),
            firstGrams: first.features.characterGrams, secondGrams: second.features.characterGrams)
        let gramLengths: ClosedRange<Int>?
        switch (first.features.characterGrams, second.features.characterGrams) {
        case (let one?, let other?): gramLengths = min(one.lowerBound, other.lowerBound)...max(one.upperBound, other.upperBound)
        case (let one, let other): gramLengths = one ?? other
        }
        let walk = FeatureWalk(
            shortNames: first.features.shortNames, cues: first.features.cues, roles: first.features.roles, gramLengths: gramLengths)
        walk.walk(text, into: &sink)
        return (sink.first.unitVector(weights: first.weights), sink.second.unitVector(weights: second.weights))
    }

    var walk: FeatureWalk { FeatureWalk(shortNames: shortNames, cues: cues, roles: roles, gramLengths: characterGrams) }

    /// At most how many features `text` gives (one per byte per n-gram length, and its words): the counter's size.
    func expectedFeatures(_ text: String) -> Int { text.utf8.count * ((characterGrams?.count ?? 0) + 1) }

    static let seedBias: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let seedWord: UInt64 = 0xCBF2_9CE4_8422_2325
    static let seedCharacters: UInt64 = 0x8422_2325_CBF2_9CE4
    /// The feature every name gives, and what a bigram sees in place of a name.
    static let seedName: UInt64 = 0x5851_F42D_4C95_7F2D
    static let seedCue: UInt64 = 0x1405_7B7E_F767_814F
    static let seedRole: UInt64 = 0x2545_F491_4F6C_DD1D

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, seed: UInt64) -> UInt64 {
        var hash = seed
        for index in start..<(start + count) {
            hash ^= UInt64(bytes[index])
            hash = hash &* 0x100_0000_01B3
        }
        return finish(hash)
    }

    static func hash(_ bytes: ArraySlice<UInt8>, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return finish(hash)
    }

    /// A bigram's hash from its two words' hashes (order matters).
    static func mix(_ first: UInt64, _ second: UInt64) -> UInt64 {
        finish(first &* 0x9E37_79B9_7F4A_7C15 ^ second)
    }

    /// Spreads the high bits down so that a mask of the low bits sees all of them.
    static func finish(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}

/// The counts of one view's features.
private struct OneView: FeatureSink {
    var counts: BucketCounter
    let mask: UInt64

    mutating func wordFeature(_ hash: UInt64) { counts.add(Int32(truncatingIfNeeded: hash & mask)) }
    mutating func characterGram(_ hash: UInt64, length: Int) { counts.add(Int32(truncatingIfNeeded: hash & mask)) }
}

/// The counts of two views that read words alike: every word feature goes to both, an n-gram to each whose lengths take it.
private struct TwoViews: FeatureSink {
    var first: BucketCounter
    var second: BucketCounter
    let mask: UInt64
    let firstGrams: ClosedRange<Int>?
    let secondGrams: ClosedRange<Int>?

    mutating func wordFeature(_ hash: UInt64) {
        let bucket = Int32(truncatingIfNeeded: hash & mask)
        first.add(bucket)
        second.add(bucket)
    }

    mutating func characterGram(_ hash: UInt64, length: Int) {
        let bucket = Int32(truncatingIfNeeded: hash & mask)
        if firstGrams?.contains(length) == true { first.add(bucket) }
        if secondGrams?.contains(length) == true { second.add(bucket) }
    }
}

/// The buckets of a text's features in the order they are found, counted once the text is read.
///
/// Adding a feature is one append; the count runs once over the list with a table sized for it, all
/// through unsafe buffers, and keeps the order in which each bucket was first found (the order of the
/// vector, so of every sum over it).
struct BucketCounter {
    private var buckets: [Int32] = []

    init(expected: Int) {
        buckets.reserveCapacity(expected)
    }

    @inline(__always)
    mutating func add(_ bucket: Int32) { buckets.append(bucket) }

    /// The counts as `1 + ln(tf)`, times `weights[bucket]` when given, scaled to unit length.
    func unitVector(weights: [Float]?) -> SparseVector {
        let found = buckets.count
        var capacity = 16
        while capacity < found * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var distinct = 0
        // Slot: 0 when empty, else the bucket + 1 in the low half and its place in `indices` in the high half.
        var slots = [UInt64](repeating: 0, count: capacity)
        var counts = [Int32](repeating: 0, count: found)
        let indices = [Int32](unsafeUninitializedCapacity: found) { indices, initialized in
            slots.withUnsafeMutableBufferPointer { slots in
                counts.withUnsafeMutableBufferPointer { counts in
                    buckets.withUnsafeBufferPointer { buckets in
                        for bucket in buckets {
                            let key = UInt64(UInt32(bitPattern: bucket)) + 1
                            var slot = Int(truncatingIfNeeded: UInt32(bitPattern: bucket) &* 0x9E37_79B1) & mask
                            while true {
                                let entry = slots[slot]
                                if entry == 0 {
                                    slots[slot] = key | UInt64(distinct) << 32
                                    indices[distinct] = bucket
                                    counts[distinct] = 1
                                    distinct += 1
                                    break
                                }
                                if entry & 0xFFFF_FFFF == key {
                                    counts[Int(entry >> 32)] += 1
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
            initialized = distinct
        }
        var values = [Float](repeating: 0, count: distinct)
        var squares: Float = 0
        for position in 0..<distinct {
            let value = SublinearFrequency.value(Int(counts[position])) * (weights?[Int(indices[position])] ?? 1)
            values[position] = value
            squares += value * value
        }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        for position in 0..<distinct { values[position] *= scale }
        return SparseVector(indices: indices, values: values)
    }
}

/// `1 + ln(tf)`, from a table for the counts texts have (the standard library has no logarithm).
enum SublinearFrequency {
    static let table: [Float] = (0..<256).map { count in count == 0 ? 0 : Float(1 + naturalLog(Double(count))) }

    static func value(_ count: Int) -> Float { count < table.count ? table[count] : Float(1 + naturalLog(Double(count))) }

    /// ln(x) = e·ln 2 + 2·atanh((m−1)/(m+1)) for x = m·2^e with m in [1, 2), summed until the terms vanish.
    static func naturalLog(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
        let ln2 = 0.693_147_180_559_945_3
        let mantissa = x.significand
        let ratio = (mantissa - 1) / (mantissa + 1)
        let square = ratio * ratio
        var term = ratio
        var sum = 0.0
        var denominator = 1.0
        while abs(term / denominator) > 1e-15 {
            sum += term / denominator
            term *= square
            denominator += 2
        }
        return Double(x.exponent) * ln2 + 2 * sum
    }

    /// e^x by its series after halving x until it is small, then squaring back.
    static func exponential(_ x: Double) -> Double {
        var reduced = x
        var halvings = 0
        while abs(reduced) > 0.5 {
            reduced /= 2
            halvings += 1
        }
        var sum = 1.0
        var term = 1.0
        for n in 1..<20 {
            term *= reduced / Double(n)
            sum += term
        }
        for _ in 0..<halvings { sum *= sum }
        return sum
    }
}
