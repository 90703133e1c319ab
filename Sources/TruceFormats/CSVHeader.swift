/// A header row mapped to column positions by name: any order, any case.
///
/// Names are matched in lower case after trimming; `aliases` maps old names to
/// current ones (ACLED's `ally_actor_1` is today's `assoc_actor_1`). Blank names
/// (the empty trailing columns some exports carry) name no column, and their
/// cells are ignored. When a name occurs twice, the first column wins.
public struct CSVHeader: Hashable, Sendable {
    /// The names as the file gives them.
    public let names: [String]
    /// The canonical lower-case key of each column (aliases applied); empty for a blank name.
    public let keys: [String]
    private let indexByKey: [String: Int]

    public init(_ names: [String], aliases: [String: String] = [:]) {
        self.names = names
        var keys: [String] = []
        var indexByKey: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let lowered = name.trimmingASCIIWhitespace().lowercased()
            let key = aliases[lowered] ?? lowered
            keys.append(key)
            if !key.isEmpty, indexByKey[key] == nil { indexByKey[key] = index }
        }
        self.keys = keys
        self.indexByKey = indexByKey
    }

    /// How many cells a record may have: every header cell, blank ones included.
    public var count: Int { names.count }

    /// The position of the column with this (canonical, lower-case) key.
    public func index(of key: String) -> Int? { indexByKey[key] }

    /// The keys in `required` that no column has, in the order given.
    public func missing(_ required: [String]) -> [String] { required.filter { indexByKey[$0] == nil } }

    /// The name to show for column `index`: the file's own spelling (trimmed)
    /// when the column has one, otherwise its position.
    public func displayName(ofColumn index: Int) -> String {
        if index < names.count, !keys[index].isEmpty { return names[index].trimmingASCIIWhitespace() }
        return "column \(index + 1)"
    }

    /// A named column: its position in the row and its lower-case key.
    struct Column: Hashable, Sendable {
        var index: Int
        var key: String
    }
}
