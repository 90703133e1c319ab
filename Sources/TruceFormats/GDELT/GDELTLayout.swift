/// The three column layouts of GDELT event exports, told apart by their cell count.
///
/// GDELT files are tab-separated and have no header, so a row's width is the only
/// thing that says which layout it is in; a file may even mix widths (GDELT 1.0
/// daily files gained `SOURCEURL` in April 2013, and samples join old and new rows).
public enum GDELTLayout: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// GDELT 1.0 before April 2013: 57 columns, no `SOURCEURL`.
    case v1WithoutURL = 57
    /// GDELT 1.0 from April 2013: 58 columns, ending in `SOURCEURL`.
    case v1 = 58
    /// GDELT 2.0: 61 columns; each geography block gains an `ADM2Code`.
    case v2 = 61

    /// The layout of a row with `cellCount` cells, or `nil` for any other width.
    @inline(__always)
    public init?(cellCount: Int) {
        self.init(rawValue: cellCount)
    }

    /// How many cells a row in this layout has.
    public var width: Int { rawValue }

    /// The column names of this layout, in file order (see ``GDELTLayout/v2Columns``).
    public var columns: [String] {
        switch self {
        case .v2: return Self.v2Columns
        case .v1: return Self.v2Columns.filter { !$0.hasSuffix("_ADM2Code") }
        case .v1WithoutURL: return Self.v2Columns.filter { !$0.hasSuffix("_ADM2Code") && $0 != "SOURCEURL" }
        }
    }

    public var description: String {
        switch self {
        case .v1WithoutURL: return "GDELT 1.0 before April 2013 (57 columns)"
        case .v1: return "GDELT 1.0 (58 columns)"
        case .v2: return "GDELT 2.0 (61 columns)"
        }
    }

    /// Every column of a GDELT 2.0 event export, in file order, named as GDELT's codebook names them.
    ///
    /// | cells | columns |
    /// |-------|---------|
    /// | 1–5   | GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate |
    /// | 6–15  | Actor1: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code |
    /// | 16–25 | Actor2: the same ten |
    /// | 26–35 | IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone |
    /// | 36–43 | Actor1Geo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID |
    /// | 44–51 | Actor2Geo: the same eight |
    /// | 52–59 | ActionGeo: the same eight |
    /// | 60–61 | DATEADDED, SOURCEURL |
    ///
    /// GDELT 1.0 (58 columns) is the same without the three `*_ADM2Code` columns; before
    /// April 2013 (57 columns) it also lacks `SOURCEURL`.
    public static let v2Columns: [String] = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    /// The position of the column named `name` in this layout, or `nil` when the layout lacks it.
    public func index(of name: String) -> Int? { columns.firstIndex(of: name) }

    /// The widths GDELT exports have, for messages: "57, 58 or 61".
    static let widthsText = "57 (GDELT 1.0 before April 2013), 58 (GDELT 1.0) or 61 (GDELT 2.0)"
}
