import TruceFormats
public import TruceModel

/// The real overlap between ACLED and UCDP that the incident linker is measured on:
/// Myanmar in 2015, in ACLED's Asia 2015 export and UCDP GED 19.1 (both in `../shared/data`).
public enum MyanmarOverlap {
    public static let acledPath = TestPaths.shared("acled/acled_asia_2015_v6.csv")
    public static let ucdpPath = TestPaths.shared("ucdp/ged191_subset_myanmar_bangladesh.csv")

    /// ACLED's Myanmar events of 2015 (every row of the file is of 2015).
    public static func acledEvents() throws -> [Event] {
        var reader = try ACLEDReader(path: acledPath)
        return try reader.readAll().values.filter { $0.location.country == "Myanmar" }
    }

    /// UCDP's Myanmar events that start in 2015.
    public static func ucdpEvents() throws -> [Event] {
        var reader = try UCDPReader(path: ucdpPath)
        return try reader.readAll().values.filter { $0.location.country.hasPrefix("Myanmar") && $0.date.earliest.year == 2015 }
    }
}
