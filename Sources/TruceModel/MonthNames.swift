/// English month names as data sets, agreements and news write them: one table for every reader of dates.
public enum MonthNames {
    /// The full names, capitalised, January first.
    public static let full: [String] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Lower-case names, full and short ("january", "jan", "sept"), and their month numbers (1–12).
    public static let numbers: [String: Int] = {
        var table: [String: Int] = [:]
        for (offset, name) in full.enumerated() {
            table[name.lowercased()] = offset + 1
            table[String(name.lowercased().prefix(3))] = offset + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The short forms only ("jan", "sept"): "may" is a full name, not one of these.
    public static let abbreviations: Set<String> = Set(numbers.keys).subtracting(full.map { $0.lowercased() })

    /// The month a lower-case name stands for, full or short, or nil.
    public static func number(_ lowercased: String) -> Int? { numbers[lowercased] }
}
