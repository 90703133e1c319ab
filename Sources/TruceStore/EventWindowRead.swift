import GRDB
import TruceModel
import TruceStorage

/// How SQLite reads the events of a date window. A range of `events_by_event_date` gives the
/// order but looks each entry's row up in the table, a page read apiece; one pass over the table
/// reads every page once, in file order. On 1,000,000 events the lookups cost as much as the
/// whole pass once the window holds about 3% of the store's days, and six times as much at 37%.
enum EventWindowRead: Equatable {
    /// The range of the date index, in the index's order (`ORDER BY` costs nothing).
    case index
    /// The whole table (`NOT INDEXED`) and no `ORDER BY`: ``fetchEvents(_:sql:arguments:)`` sorts the matches.
    case scan

    /// The share of the store's days above which a window is read by ``scan``: a little above the
    /// break-even point measured, since the days are only an estimate of the rows.
    static let scanShare = 0.05

    /// The read for a window whose events have stated days `days` (either end open), in a store whose
    /// stated days run `stored` (nil when it holds no events).
    static func choose(statedDays days: (from: Day?, to: Day?), stored: ClosedRange<Day>?) -> EventWindowRead {
        guard let stored else { return .index }
        let first = max(days.from ?? stored.lowerBound, stored.lowerBound)
        let last = min(days.to ?? stored.upperBound, stored.upperBound)
        guard first <= last else { return .index }
        let share = Double(first.days(to: last) + 1) / Double(stored.lowerBound.days(to: stored.upperBound) + 1)
        return share > scanShare ? .scan : .index
    }

    /// The read for the events whose span touches `from...to`, given the store's recorded `spread`.
    static func choose(touching from: Day, _ to: Day, spread: EventDateSpread?, in db: Database) throws -> EventWindowRead {
        let days = spread?.statedDays(touching: from, to) ?? (nil, nil)
        return choose(statedDays: days, stored: try storedDays(in: db))
    }

    /// The first and last stated days of the current events: both ends of `events_by_event_date`,
    /// two seeks (each `min`/`max` alone in its subquery, so SQLite reads the index's end).
    static func storedDays(in db: Database) throws -> ClosedRange<Day>? {
        guard let row = try Row.fetchOne(db, sql: "SELECT (SELECT min(event_date) FROM events), (SELECT max(event_date) FROM events)"),
            let first = (row[0] as String?).flatMap(Day.init(iso:)), let last = (row[1] as String?).flatMap(Day.init(iso:)), first <= last
        else { return nil }
        return first...last
    }

    /// `FROM` of a window's statement: the scan keeps SQLite off every index.
    var source: String {
        self == .scan ? "events NOT INDEXED" : "events"
    }

    /// `ORDER BY` of a window's statement: the index gives it; the scan's matches are sorted after.
    var order: String {
        self == .scan ? "" : " ORDER BY event_date, dataset, event_key"
    }

    /// The events of a window's statement, made with this read, in `ORDER BY event_date, dataset,
    /// event_key` order either way. Rows are decoded one at a time, never all held at once.
    func fetchEvents(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Event] {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var events: [Event] = []
        var columns: ColumnPositions?
        while let row = try rows.next() {
            let positions = columns ?? ColumnPositions(row)
            columns = positions
            events.append(EventRow.event(row, columns: positions))
        }
        if self == .scan { Self.sortAsStored(&events) }
        return events
    }

    /// Puts `events` in the order of SQLite's `ORDER BY event_date, dataset, event_key`: text compared
    /// byte by byte (the BINARY collation), not as Swift compares strings (canonical equivalence).
    static func sortAsStored(_ events: inout [Event]) {
        // An event is large: indices are sorted, then each cycle of the permutation is swapped into
        // place, so that no second array of events is ever held.
        let order = events.indices.sorted { storedOrder(events[$0], events[$1]) }
        var placed = [Bool](repeating: false, count: events.count)
        for start in events.indices where !placed[start] {
            var position = start
            // Position `position` wants the event first at `order[position]`; the one first at `start` travels along.
            while !placed[position] {
                placed[position] = true
                let source = order[position]
                guard source != start else { break }
                events.swapAt(position, source)
                position = source
            }
        }
    }

    /// `events` sorted by ``sortAsStored(_:)``.
    static func sortedAsStored(_ events: [Event]) -> [Event] {
        var sorted = events
        sortAsStored(&sorted)
        return sorted
    }

    /// True when `a` comes before `b` in ``sortedAsStored(_:)``.
    static func storedOrder(_ a: Event, _ b: Event) -> Bool {
        if a.date.day != b.date.day { return a.date.day < b.date.day }
        if !a.dataset.utf8.elementsEqual(b.dataset.utf8) { return a.dataset.utf8.lexicographicallyPrecedes(b.dataset.utf8) }
        return a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
    }
}
