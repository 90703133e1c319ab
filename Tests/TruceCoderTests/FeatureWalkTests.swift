import Testing

@testable import TruceCoder

/// The feature walk must give exactly (same buckets, same order, same bits) the vector of a straightforward
/// reading of the text, written here byte by byte as `TextFeatures` describes it.
@Suite struct FeatureWalkTests {
    /// The plain reading: a word buffer grown byte by byte, every n-gram hashed on its own, buckets counted in
    /// the order first seen.
    static func reference(_ features: TextFeatures, _ text: String, weights: [Float]? = nil) -> SparseVector {
        let mask = UInt64(features.buckets - 1)
        var order: [Int32] = []
        var counts: [Int32: Int] = [:]
        func add(_ hash: UInt64) {
            let bucket = Int32(truncatingIfNeeded: hash & mask)
            if counts[bucket] == nil { order.append(bucket) }
            counts[bucket, default: 0] += 1
        }
        add(TextFeatures.seedBias)
        var word: [UInt8] = []
        var previous: UInt64?
        var capitalised = false
        var opensSentence = true
        var tracker = RoleTracker()
        func endWord() {
            guard !word.isEmpty else { return }
            let wordHash = TextFeatures.hash(word[...], seed: TextFeatures.seedWord)
            add(wordHash)
            let isName = features.shortNames && capitalised && !opensSentence
            opensSentence = false
            if isName { add(TextFeatures.seedName) }
            let bigram = isName ? TextFeatures.seedName : wordHash
            if let previous { add(TextFeatures.mix(previous, bigram)) }
            previous = bigram
            if features.roles { tracker.word(RoleWords.role(of: word[...]), emit: add) }
            if !isName {
                if features.cues { CueWords.features(of: word[...], into: add) }
                let padded = [0x20] + word + [0x20]
                for length in features.characterGrams ?? 0...0 where length > 0 && length <= padded.count {
                    for start in 0...(padded.count - length) {
                        add(TextFeatures.hash(padded[start..<(start + length)], seed: TextFeatures.seedCharacters))
                    }
                }
            }
            word = []
        }
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A, 0x80...0xFF:
                if word.isEmpty { capitalised = false }
                word.append(byte)
            case 0x41...0x5A:
                if word.isEmpty { capitalised = true }
                word.append(byte + 0x20)
            case 0x30...0x39:
                if word.isEmpty { capitalised = false }
                if word.last != 0x30 { word.append(0x30) }
            case 0x27: continue
            case 0x2E, 0x21, 0x3F, 0x5B, 0x3A:
                endWord()
                if features.roles { tracker.endSentence(emit: add) }
                opensSentence = true
            default: endWord()
            }
        }
        endWord()
        if features.roles { tracker.endSentence(emit: add) }
        var values: [Float] = []
        var squares: Float = 0
        for bucket in order {
            let value = SublinearFrequency.value(counts[bucket]!) * (weights?[Int(bucket)] ?? 1)
            values.append(value)
            squares += value * value
        }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        return SparseVector(indices: order, values: values.map { $0 * scale })
    }

    static let texts = [
        "", " ", "...", "'", "a", "A", "7", "I", "Ok.",
        "On 12 March 2021, gunmen attacked a bus near Gao: 3 killed, 11 injured. Police arrived at 14:30.",
        "Rioters pelted police with stones in Nakuru; the police dispersed them with tear gas!",
        "UN-backed forces' 2nd brigade retook the town (the group's base) on 03/04/2020 at 0400hrs.",
        "Él mató à 5 personnes — ÉCOLE brûlée 🔥 à Zégoua, «Tabaski» 2019/2020; naïve café Ōsaka",
        "ALL CAPS HEADLINE: SOLDIERS CLASHED WITH JNIM MILITANTS IN MOPTI [size=no report]",
        "a vendor was shot dead by the police. Civilians were killed; gendarmes were ambushed by gunmen",
        String(repeating: "x", count: 70) + " " + String(repeating: "Ab1", count: 40) + " 123456789 1a2b3c",
        "tabs\tand\nnew lines\r\nand  double  spaces,commas,and-dashes—em",
        String(repeating: "Protesters marched in Kisumu. ", count: 30),
    ]

    static let settings: [TextFeatures] = [
        .default, .words,
        TextFeatures(bucketBits: 12, characterGrams: 3...4),
        TextFeatures(bucketBits: 10, characterGrams: 1...8, shortNames: true, cues: false, roles: true),
        TextFeatures(bucketBits: 16, characterGrams: 2...12, shortNames: false, cues: true, roles: false),
        TextFeatures(bucketBits: 14, characterGrams: nil, shortNames: false, cues: false, roles: false),
    ]

    @Test(arguments: settings)
    func theWalkGivesExactlyTheStraightforwardReading(features: TextFeatures) {
        let weights = (0..<features.buckets).map { 1 + Float($0 % 29) / 7 }
        for text in Self.texts {
            for weights in [nil, weights] {
                let walked = features.vector(text, weights: weights)
                let expected = Self.reference(features, text, weights: weights)
                #expect(walked.indices == expected.indices, "\(text)")
                #expect(walked.values.map(\.bitPattern) == expected.values.map(\.bitPattern), "\(text)")
            }
        }
    }

    /// Two views that read words alike come from one walk, each exactly as from its own.
    @Test(arguments: [
        (TextFeatures.default, TextFeatures.words), (TextFeatures.words, TextFeatures.default),
        (TextFeatures(bucketBits: 12, characterGrams: 2...3, cues: true), TextFeatures(bucketBits: 12, characterGrams: 5...6, cues: true)),
    ])
    func twoViewsFromOneWalkAreEachViewsOwn(first: TextFeatures, second: TextFeatures) {
        #expect(first.readsWordsLike(second))
        let firstWeights = (0..<first.buckets).map { 1 + Float($0 % 5) }
        for text in Self.texts {
            let (one, other) = TextFeatures.vectors(text, (first, firstWeights), (second, nil))
            #expect(one == first.vector(text, weights: firstWeights), "\(text)")
            #expect(other == second.vector(text), "\(text)")
        }
    }

    @Test func viewsThatReadWordsDifferentlyAreNotWalkedTogether() {
        #expect(!TextFeatures.default.readsWordsLike(TextFeatures(bucketBits: 16, characterGrams: 2...5, shortNames: true, cues: true, roles: true)))
        #expect(!TextFeatures.default.readsWordsLike(TextFeatures(bucketBits: 17, characterGrams: nil, shortNames: true, cues: false, roles: true)))
    }
}
