public import TruceModel

/// UCDP GED's numeric codes and what Truce makes of them.
///
/// The meanings are the ones this reader relies on, as the UCDP GED codebook describes the
/// codes; the kilometre figures are Truce's own approximations, so that places coded by
/// different data sets can be compared.
public enum UCDPCodes {
    /// The event type for UCDP's `type_of_violence`, or `nil` for a code outside 1–3.
    ///
    /// UCDP counts organised violence in three kinds: 1 state-based conflict (a government
    /// against another organised party), 2 non-state conflict (organised groups, neither a
    /// government), 3 one-sided violence (an organised actor against civilians). Each gets
    /// the ACLED event type it corresponds to — `Battles` for 1 and 2, `Violence against
    /// civilians` for 3 — under the disorder type `Political violence`, so that an agreement
    /// scope written with ACLED's types also matches UCDP events; the UCDP kind is the
    /// sub-event type.
    public static func eventType(typeOfViolence code: Int) -> EventType? {
        switch code {
        case 1: return EventType(disorder: "Political violence", event: "Battles", subEvent: "State-based violence")
        case 2: return EventType(disorder: "Political violence", event: "Battles", subEvent: "Non-state violence")
        case 3: return EventType(disorder: "Political violence", event: "Violence against civilians", subEvent: "One-sided violence")
        default: return nil
        }
    }

    /// The date precision for UCDP's `date_prec`, or `nil` for a code outside 1–5.
    ///
    /// The codebook's meaning: 1 the exact day is known; 2 the event happened within a span
    /// of 2–6 days; 3 within a week; 4 within 8–30 days (about a month); 5 within more than a
    /// month (up to a year). `date_start` and `date_end` always bound the span, so they become
    /// the earliest and latest days and the precision only names the span's size: 2 and 3
    /// are `.week`, 4 `.month`, 5 `.year`.
    public static func datePrecision(datePrec code: Int) -> DatePrecision? {
        switch code {
        case 1: return .day
        case 2, 3: return .week
        case 4: return .month
        case 5: return .year
        default: return nil
        }
    }

    /// How far from its coordinates an event may have been, in kilometres, for UCDP's
    /// `where_prec`; `nil` for a code outside 1–7.
    ///
    /// The codebook's meaning and Truce's approximation of each:
    /// - 1 the exact place (a village or town) is known: 0 km;
    /// - 2 the event was within about 25 km of a named place: 25 km;
    /// - 3 only the second-order administrative area (district) is known: 50 km, a typical district's radius;
    /// - 4 only the first-order administrative area (province) is known: 150 km;
    /// - 5 a point estimated on a line between places (a road, a front, a river): 50 km;
    /// - 6 only the country is known: 500 km;
    /// - 7 international waters or airspace: 500 km.
    public static func uncertaintyKm(wherePrec code: Int) -> Double? {
        switch code {
        case 1: return 0
        case 2: return 25
        case 3: return 50
        case 4: return 150
        case 5: return 50
        case 6, 7: return 500
        default: return nil
        }
    }
}
