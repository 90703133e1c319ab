/// A plain-text table that fits a width: the last column is cut with "…"
/// when a row would be too wide.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(width: Int) -> String {
        let all = [headers] + rows
        var widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        if let last = widths.indices.last {
            widths[last] = max(8, min(widths[last], width - fixed))
        }
        return all.map { row in
            row.indices.map { column in
                let cell = Self.fit(row[column], widths[column])
                return column == row.count - 1 ? cell : cell.padding(to: widths[column])
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private static func fit(_ text: String, _ width: Int) -> String {
        let flat = text.replacingNewlines()
        return flat.count <= width ? flat : String(flat.prefix(max(0, width - 1))) + "…"
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
