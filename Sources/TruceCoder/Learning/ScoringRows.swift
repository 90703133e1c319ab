/// A view's two classifiers laid out for coding: for each bucket with a weight, one row holding its
/// event-type weights then its sub-event weights, each part padded to a multiple of 8 floats, in memory
/// aligned to a cache line.
///
/// Coding is bound by memory: every feature of a text reads its bucket's row from tables of several
/// megabytes. Stored feature-major in two arrays, a feature touches three or four cache lines; here it
/// touches two (32 floats for six event and 24 sub-event types), and buckets that no training note
/// gave a weight (their rows are all zero) are not stored nor read, so the table is smaller and more
/// of it stays in cache. Scores are exactly those of `LinearClassifier.scores`: each class adds
/// `value × weight` in the vector's order, and a skipped row would only have added zeros.
struct ScoringRows: @unchecked Sendable {
    let eventClasses: Int
    let subEventClasses: Int
    /// Floats per row: both classifiers' classes, each rounded up to 8.
    let stride: Int
    /// Each bucket's row, or -1 when both classifiers' weights for it are all zero.
    private let rowOfBucket: [Int32]
    private let storage: RowStorage
    /// How many buckets have a row (a weight in either classifier).
    let keptRows: Int

    init(event: LinearClassifier, subEvent: LinearClassifier) {
        precondition(event.buckets == subEvent.buckets, "both classifiers of a view read the same buckets")
        eventClasses = event.classes
        subEventClasses = subEvent.classes
        let eventStride = Self.roundedUp(event.classes)
        stride = eventStride + Self.roundedUp(subEvent.classes)
        var rowOfBucket = [Int32](repeating: -1, count: event.buckets)
        var kept: [Int] = []
        for bucket in 0..<event.buckets {
            let eventRow = event.weights[(bucket * event.classes)..<((bucket + 1) * event.classes)]
            let subRow = subEvent.weights[(bucket * subEvent.classes)..<((bucket + 1) * subEvent.classes)]
            guard eventRow.contains(where: { $0 != 0 }) || subRow.contains(where: { $0 != 0 }) else { continue }
            rowOfBucket[bucket] = Int32(kept.count)
            kept.append(bucket)
        }
        let storage = RowStorage(floats: max(1, kept.count * stride))
        for (row, bucket) in kept.enumerated() {
            let start = storage.floats + row * stride
            for index in 0..<event.classes { start[index] = event.weights[bucket * event.classes + index] }
            for index in 0..<subEvent.classes { start[eventStride + index] = subEvent.weights[bucket * subEvent.classes + index] }
        }
        self.rowOfBucket = rowOfBucket
        self.storage = storage
        keptRows = kept.count
    }

    /// The event-type and sub-event-type scores of `vector`, as `LinearClassifier.scores` gives them.
    func scores(_ vector: SparseVector) -> (event: [Float], subEvent: [Float]) {
        let chunks = stride / 8
        var sums = [SIMD8<Float>](repeating: SIMD8(), count: chunks)
        let rows = UnsafeRawPointer(storage.floats)
        let rowBytes = stride * 4
        sums.withUnsafeMutableBufferPointer { sums in
            rowOfBucket.withUnsafeBufferPointer { rowOfBucket in
                vector.indices.withUnsafeBufferPointer { indices in
                    vector.values.withUnsafeBufferPointer { values in
                        // Multiply, then add: the same two roundings, in the same order, as the scalar loop.
                        if chunks == 4 {
                            // A new model's rows (six event and 24 sub-event types): four sums kept in registers.
                            var (first, second, third, fourth) = (SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>(), SIMD8<Float>())
                            for position in 0..<indices.count {
                                let row = rowOfBucket[Int(indices[position])]
                                guard row >= 0 else { continue }
                                let value = SIMD8<Float>(repeating: values[position])
                                let start = rows + Int(row) * rowBytes
                                first = first + value * start.load(fromByteOffset: 0, as: SIMD8<Float>.self)
                                second = second + value * start.load(fromByteOffset: 32, as: SIMD8<Float>.self)
                                third = third + value * start.load(fromByteOffset: 64, as: SIMD8<Float>.self)
                                fourth = fourth + value * start.load(fromByteOffset: 96, as: SIMD8<Float>.self)
                            }
                            (sums[0], sums[1], sums[2], sums[3]) = (first, second, third, fourth)
                            return
                        }
                        for position in 0..<indices.count {
                            let row = rowOfBucket[Int(indices[position])]
                            guard row >= 0 else { continue }
                            let value = SIMD8<Float>(repeating: values[position])
                            let start = rows + Int(row) * rowBytes
                            for chunk in 0..<chunks {
                                sums[chunk] = sums[chunk] + value * start.load(fromByteOffset: chunk * 32, as: SIMD8<Float>.self)
                            }
                        }
                    }
                }
            }
        }
        let eventStride = Self.roundedUp(eventClasses)
        var event = [Float](repeating: 0, count: eventClasses)
        var subEvent = [Float](repeating: 0, count: subEventClasses)
        for index in 0..<eventClasses { event[index] = sums[index / 8][index % 8] }
        for index in 0..<subEventClasses {
            let lane = eventStride + index
            subEvent[index] = sums[lane / 8][lane % 8]
        }
        return (event, subEvent)
    }

    static func roundedUp(_ classes: Int) -> Int { (classes + 7) / 8 * 8 }
}

/// The rows' memory, aligned to a cache line so that a row of 32 floats spans exactly two lines.
private final class RowStorage: @unchecked Sendable {
    let floats: UnsafeMutablePointer<Float>
    private let count: Int

    init(floats count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * 4, alignment: 64)
        raw.initializeMemory(as: Float.self, repeating: 0, count: count)
        floats = raw.assumingMemoryBound(to: Float.self)
    }

    deinit { floats.deallocate() }
}
