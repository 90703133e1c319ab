import Synchronization
public import TruceStorage

/// Pages of events whose totals are kept for reuse: a list's total depends on its filter and the
/// evidence only, not on which page is shown, yet counting it reads every match up to the cap, many
/// times the rows of a page. Kept per filter and ``EvidenceStore/evidenceVersion()`` (read on every
/// call, so any import, review decision or edit is counted afresh); the page itself is always read.
///
/// Bounded: at most ``capacity`` filters are kept; past that it starts again empty.
public final class EventTotals: Sendable {
    /// The core that reads the pages and, on a miss, counts.
    public let app: TruceApp
    /// The most filters whose totals are kept.
    public let capacity: Int

    private struct Key: Hashable {
        let filter: EventFilter
        let evidence: Int64
    }

    /// A count that stopped at `cap`: the number of matches when below it, else `cap`.
    private struct Count {
        let value: Int
        let cap: Int

        /// The count to `cap`, when this one tells it.
        func upTo(_ cap: Int) -> Int? {
            if value < self.cap { return min(value, cap) }
            return self.cap >= cap ? cap : nil
        }
    }

    private struct State {
        var counts: [Key: Count] = [:]
        var newestEvidence: Int64 = .min
    }

    private let state = Mutex(State())

    /// Totals over `app`, kept for at most `capacity` filters (at least one).
    public init(app: TruceApp, capacity: Int = 1_024) {
        self.app = app
        self.capacity = max(1, capacity)
    }

    /// How many filters' totals are kept now, for tests.
    public var count: Int { state.withLock { $0.counts.count } }
    /// How many times the store was asked to count (misses), for tests and statistics.
    public var counted: Int { countsMade.withLock { $0 } }
    private let countsMade = Mutex(0)

    /// ``TruceApp/events(matching:limit:offset:countCap:)``, its total counted once per filter and evidence.
    ///
    /// - Throws: what ``TruceApp/events(matching:limit:offset:countCap:)`` throws; what the store
    ///   throws reading the evidence version.
    public func page(matching filter: EventFilter, limit: Int, offset: Int, countCap: Int) async throws -> EventPage {
        let evidence = try await app.storage.evidenceVersion()
        let key = Key(filter: filter, evidence: evidence)
        return try await app.events(matching: filter, limit: limit, offset: offset, countCap: countCap) { filter, cap in
            if let kept = state.withLock({ $0.counts[key]?.upTo(cap) }) { return kept }
            let value = try await app.storage.eventCount(matching: filter, atMost: cap)
            countsMade.withLock { $0 += 1 }
            keep(Count(value: value, cap: cap), for: key)
            return value
        }
    }

    private func keep(_ count: Count, for key: Key) {
        state.withLock { state in
            if key.evidence > state.newestEvidence {
                // Totals of older evidence can never be asked for again.
                state.newestEvidence = key.evidence
                state.counts = state.counts.filter { $0.key.evidence >= key.evidence }
            }
            guard key.evidence == state.newestEvidence else { return }
            if state.counts[key] == nil, state.counts.count >= capacity { state.counts.removeAll(keepingCapacity: true) }
            if let kept = state.counts[key], kept.upTo(count.cap) != nil { return }
            state.counts[key] = count
        }
    }
}
