public import TruceModel

/// Reading the evidence an assessment weighs, as it stands now or as it stood after an
/// earlier import. Every backend answers the same questions with the same records in the
/// same order, so an assessment does not depend on where the evidence is kept.
public protocol EvidenceStore: Sendable {
    /// Events whose date span touches `from...to` and, when `countries` is not empty, whose
    /// country is one of them (any case); ordered by day, data set and key.
    ///
    /// - Parameter snapshot: the last import whose records count (later revisions and
    ///   deletions undone); `nil` for the evidence as it stands.
    func events(from: Day, to: Day, countries: [String], asOf snapshot: Int64?) async throws -> [Event]
    /// Every observation of `indicator`, oldest first (by day, then key).
    func observations(indicator: String, asOf snapshot: Int64?) async throws -> [Observation]
    /// The accepted claims about `provision`, oldest first (by day, then key): those whose
    /// `about_provision` is it, or lists it among others separated by `;` (`troops;withdrawal`, spaces
    /// ignored); `*` asks for the claims about the agreement as a whole.
    func claims(aboutProvision provision: String, asOf snapshot: Int64?) async throws -> [Claim]
    /// Every accepted claim that names a provision or a reading, oldest first (by day, then key), so that
    /// an assessment can warn about those naming what its agreement lacks.
    func claimsNamingProvisions(asOf snapshot: Int64?) async throws -> [Claim]
    /// The ids of the snapshots whose records count: all, or those up to `snapshot`; ascending.
    func snapshotIDs(through snapshot: Int64?) async throws -> [Int64]
    /// At least the events of `query.from...query.to` that match the scope `query` was made from, and
    /// perhaps more (the evaluator applies the scope exactly), ordered by day, data set and key.
    func events(matching query: EventQuery, asOf snapshot: Int64?) async throws -> [Event]
    /// The answer of ``events(matching:asOf:)`` to each of `queries`, in their order: an assessment asks
    /// for the windows of all its scopes at once, so that a backend may read the events they share once
    /// (one pass over the table for several wide windows) rather than once for each.
    func events(matchingEach queries: [EventQuery], asOf snapshot: Int64?) async throws -> [[Event]]
    /// The period and area each import of events covers (all, or those up to `snapshot`), so that
    /// "no matching event" is judged only where the evidence covers the window; ordered by snapshot.
    func coverage(through snapshot: Int64?) async throws -> [Coverage]
    /// A number that differs after every write of evidence: each import or snapshot, each review
    /// decision, each edit or removal of an event, observation or claim. Equal numbers mean the
    /// evidence (and so every assessment of it) is unchanged; it is cheap to read, for caches to check
    /// on every use. Backends keep it where every writer bumps it in the writing transaction itself.
    func evidenceVersion() async throws -> Int64
}

extension EventCatalog {
    /// Counts every match and caps the answer; a backend should stop reading at the cap instead.
    public func eventCount(matching filter: EventFilter, atMost cap: Int) async throws -> Int {
        min(try await eventCount(matching: filter), max(0, cap))
    }
}

extension EventCatalog {
    /// Reads from the first match and skips to `position`, so a long list read this way costs time
    /// growing with the square of its length; a backend should start its read at the position instead.
    public func events(matching filter: EventFilter, after position: EventPosition?, limit: Int) async throws -> [Event] {
        guard let position else { return try await events(matching: filter, limit: limit, offset: 0) }
        var page: [Event] = []
        var passed = false
        do {
            try await forEachEvent(matching: filter, limit: nil) { event in
                let here = EventPosition(of: event)
                // The event at the position itself, when it is still there, marks the start even if
                // the backend's collation orders keys otherwise than byte by byte.
                if !passed {
                    passed = here == position || here.isAfter(position)
                    if here == position { return }
                }
                guard passed else { return }
                guard page.count < limit else { throw PageFilled() }
                page.append(event)
            }
        } catch is PageFilled {}
        return page
    }
}

/// Stops a visit of the events once a page is full.
private struct PageFilled: Error {}

extension EvidenceStore {
    /// A backend that cannot list claims yet gives no warnings about them; implement it.
    public func claimsNamingProvisions(asOf snapshot: Int64?) async throws -> [Claim] { [] }

    /// Asks ``events(matching:asOf:)`` each query in turn; a backend that can read several at once should.
    public func events(matchingEach queries: [EventQuery], asOf snapshot: Int64?) async throws -> [[Event]] {
        var answers: [[Event]] = []
        for query in queries { answers.append(try await events(matching: query, asOf: snapshot)) }
        return answers
    }
}

/// Listing the events a user asks for, page by page or as one stream, in bounded memory.
public protocol EventCatalog: Sendable {
    /// How many events match `filter`.
    func eventCount(matching filter: EventFilter) async throws -> Int
    /// How many events match `filter`, counting no further than `cap`: the count when it is below
    /// `cap`, else `cap`. Backends stop reading at the cap, so it stays cheap however many match.
    func eventCount(matching filter: EventFilter, atMost cap: Int) async throws -> Int
    /// One page of the events matching `filter`, ordered by day, data set and key.
    func events(matching filter: EventFilter, limit: Int?, offset: Int) async throws -> [Event]
    /// The first `limit` events matching `filter` that come after `position` (from the first match
    /// when nil), in the order of ``events(matching:limit:offset:)``: the next page of a list read
    /// page by page, costing the same wherever the page starts. Pages read one after another are
    /// separate reads: an event written between two of them shows if it comes after the position
    /// (``forEachEventPage(matching:pageSize:_:)`` reads one state).
    func events(matching filter: EventFilter, after position: EventPosition?, limit: Int) async throws -> [Event]
    /// Calls `body` with the events matching `filter` a page of at most `pageSize` (1 or more) at a time,
    /// in the order of ``events(matching:limit:offset:)``, every page read from one state of the store:
    /// the state when the first page is read. What is written while `body` runs (an import, an edit or a
    /// deletion between two pages) shows in none of the pages, and the reading blocks no writer. A backend
    /// that cannot keep one state while others write throws a ``TruceError`` (`conflict`) when the
    /// evidence changes part way, never mixing two states. `body` may suspend (to send a page to a slow
    /// receiver) and is never given an empty page; the store holds at most one page of events at a time.
    ///
    /// - Returns: the number of events read.
    @discardableResult
    func forEachEventPage(matching filter: EventFilter, pageSize: Int, _ body: ([Event]) async throws -> Void) async throws -> Int
    /// Calls `body` with every event matching `filter` (the first `limit`, when given), in the order of
    /// ``events(matching:limit:offset:)``, holding one event at a time however large the store;
    /// `body` must not use the store.
    ///
    /// - Returns: the number of events visited.
    @discardableResult
    func forEachEvent(matching filter: EventFilter, limit: Int?, _ body: (Event) throws -> Void) async throws -> Int
    /// Calls `body` with every event that may be linked into incidents: those whose date span
    /// touches `from...to` (either end open) and, when `country` is given, whose country is it in
    /// any case, with or without a parenthesis after it ("Myanmar" finds "Myanmar (Burma)");
    /// ordered by day, data set and key, so linking is reproducible.
    @discardableResult
    func forEachEventToLink(country: String?, from: Day?, to: Day?, _ body: (Event) throws -> Void) async throws -> Int
}
