import TruceModel

/// A UCDP GED header row: where each column Truce models is, in any GED layout.
///
/// Names match case-insensitively and in any order, so these all read: GED 19.1
/// (`active_year`, no `relid`), the current GED download (`relid`, `code_status`, the
/// `*_dset_id` columns, `where_description`, dates with a time such as
/// `2018-12-30 00:00:00.000`), and HDX's "Data on conflict events" (GED columns plus
/// `start_year`, `end_year`, `iso3`, and an HXL hashtag row under the header, which
/// `UCDPReader` skips). Every named column Truce does not model is kept per event in
/// `Event.attributes`, and so are the codes it models but reads through a mapping
/// (`type_of_violence`, `date_prec`, `where_prec`, the side ids), so nothing UCDP published is lost.
public struct UCDPHeader: Hashable, Sendable {
    /// Columns a GED file must have: without them there is no key, date, type, sides, place or count.
    public static let requiredColumns = ["id", "date_start", "date_end", "type_of_violence", "side_a", "side_b", "country", "best"]
    /// Names of the early GED releases (1.x–2.x) for today's fatality columns.
    public static let aliases = ["best_est": "best", "low_est": "low", "high_est": "high"]
    /// Columns that become `Event` properties and are not repeated as attributes.
    public static let modelledColumns: Set<String> = [
        "id", "date_start", "date_end", "side_a", "side_b", "country", "iso3", "region", "adm_1", "adm_2", "where_coordinates",
        "latitude", "longitude", "low", "best", "high", "source_office", "source_headline",
    ]
    /// Columns that must hold whole numbers when not empty; the deaths must not be negative.
    static let wholeNumberColumns = [
        "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "number_of_sources", "side_a_new_id", "side_b_new_id",
        "conflict_new_id", "dyad_new_id",
    ]

    /// The header's columns by name.
    public let columns: CSVHeader

    // Positions resolved once per file, so that reading a row does no name lookups.
    let id: Int
    let dateStart: Int
    let dateEnd: Int
    let typeOfViolence: Int
    let sideA: Int
    let sideB: Int
    let country: Int
    let best: Int
    let datePrec: Int?
    let sideAID: Int?
    let sideBID: Int?
    let iso3: Int?
    let region: Int?
    let admin1: Int?
    let admin2: Int?
    let place: Int?
    let latitude: Int?
    let longitude: Int?
    let wherePrec: Int?
    let low: Int?
    let high: Int?
    let sourceOffice: Int?
    let sourceHeadline: Int?
    /// Whole-number columns present in this file: position and lower-case key.
    let wholeNumbers: [CSVHeader.Column]
    /// Named columns kept as attributes: position and lower-case key.
    let attributeColumns: [CSVHeader.Column]

    /// Maps the header row `names` of `file`.
    ///
    /// - Throws: `TruceError` (`invalidInput`) at `file:1` listing every required column that is
    ///   missing and what the file seems to be instead.
    public init(names: [String], file: String) throws {
        let columns = CSVHeader(names, aliases: Self.aliases)
        let missing = columns.missing(Self.requiredColumns)
        guard missing.isEmpty,
            let id = columns.index(of: "id"), let dateStart = columns.index(of: "date_start"),
            let dateEnd = columns.index(of: "date_end"), let typeOfViolence = columns.index(of: "type_of_violence"),
            let sideA = columns.index(of: "side_a"), let sideB = columns.index(of: "side_b"),
            let country = columns.index(of: "country"), let best = columns.index(of: "best")
        else {
            // The kind of import, or the actor list, is what the user should change: the front end says how.
            let parameter = columns.index(of: "event_id_cnty") != nil ? "kind" : columns.index(of: "actorid") != nil ? "actors" : nil
            throw TruceError(
                .invalidInput, Self.refusal(missing: missing, columns: columns), at: SourceLocation(file: file, line: 1), parameter: parameter)
        }
        self.columns = columns
        self.id = id
        self.dateStart = dateStart
        self.dateEnd = dateEnd
        self.typeOfViolence = typeOfViolence
        self.sideA = sideA
        self.sideB = sideB
        self.country = country
        self.best = best
        datePrec = columns.index(of: "date_prec")
        sideAID = columns.index(of: "side_a_new_id")
        sideBID = columns.index(of: "side_b_new_id")
        iso3 = columns.index(of: "iso3")
        region = columns.index(of: "region")
        admin1 = columns.index(of: "adm_1")
        admin2 = columns.index(of: "adm_2")
        place = columns.index(of: "where_coordinates")
        latitude = columns.index(of: "latitude")
        longitude = columns.index(of: "longitude")
        wherePrec = columns.index(of: "where_prec")
        low = columns.index(of: "low")
        high = columns.index(of: "high")
        sourceOffice = columns.index(of: "source_office")
        sourceHeadline = columns.index(of: "source_headline")
        wholeNumbers = Self.wholeNumberColumns.compactMap { key in columns.index(of: key).map { CSVHeader.Column(index: $0, key: key) } }
        attributeColumns = columns.keys.enumerated().compactMap { index, key in
            guard !key.isEmpty, !Self.modelledColumns.contains(key), columns.index(of: key) == index else { return nil }
            return CSVHeader.Column(index: index, key: key)
        }
    }

    /// The position of a column by its (current) name, in any case, e.g. `relid`.
    public func index(of column: String) -> Int? { columns.index(of: column.lowercased()) }

    /// The lower-case names of the columns kept as `Event.attributes`, in file order.
    public var attributeKeys: [String] { attributeColumns.map(\.key) }

    /// One message for a header that is not GED's: every missing column, and a hint.
    private static func refusal(missing: [String], columns: CSVHeader) -> String {
        let noun = missing.count == 1 ? "column" : "columns"
        var message = "not a UCDP GED file: the header lacks the required \(noun) \(missing.joined(separator: ", "))"
        if columns.index(of: "event_id_cnty") != nil {
            message += "; it looks like an ACLED export: import it as ACLED data"
        } else if columns.index(of: "actorid") != nil {
            message += "; it looks like the UCDP Actor Dataset: give it as the actor list beside a GED file"
        } else {
            message += "; expected GED's CSV as UCDP (ucdp.uu.se) or HDX publish it"
        }
        let found = columns.names.map { $0.trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
        let shown = found.count > 12 ? found.prefix(12).joined(separator: ", ") + ", … (\(found.count) in all)" : found.joined(separator: ", ")
        return message + " (the header has: \(shown.isEmpty ? "no names" : shown))"
    }
}
