/// Disjoint sets over `0..<count` with path halving and union by size, and for each set the
/// data sets its members come from (as bits), so a join can refuse to put two events of one
/// data set together.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]
    private var datasets: [UInt64]

    /// - Parameter datasetBits: for each element, the bit of its data set.
    init(datasetBits: [UInt64]) {
        parent = (0..<Int32(datasetBits.count)).map { $0 }
        size = Array(repeating: 1, count: datasetBits.count)
        datasets = datasetBits
    }

    mutating func find(_ x: Int) -> Int {
        var x = Int32(x)
        while parent[Int(x)] != x {
            let grand = parent[Int(parent[Int(x)])]
            parent[Int(x)] = grand
            x = grand
        }
        return Int(x)
    }

    /// Whether `a` and `b` are in one set already.
    mutating func connected(_ a: Int, _ b: Int) -> Bool { find(a) == find(b) }

    /// Whether the sets of `a` and `b` share a data set.
    mutating func shareDataset(_ a: Int, _ b: Int) -> Bool { datasets[find(a)] & datasets[find(b)] != 0 }

    /// Joins the sets of `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        datasets[ra] |= datasets[rb]
    }
}
