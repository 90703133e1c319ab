public import TruceModel
public import TruceStorage

/// Which review clusters to list (pending ones unless other states are asked for), in which order,
/// one page at a time: the one query behind the server's queue and `truce review list`.
public struct ReviewQueueQuery: Hashable, Sendable {
    /// The orders the queue can be listed in.
    public enum Order: String, Hashable, Sendable, CaseIterable {
        /// The most confident first, then by id.
        case confidenceDescending = "-confidence"
        /// The least confident first, then by id.
        case confidenceAscending = "confidence"
        /// Oldest cluster first.
        case id
        /// The earliest date reported first (the date accepting would record), then by id; undated last.
        case dateAscending = "date"
        /// The latest date reported first, then by id; undated last.
        case dateDescending = "-date"
    }
    /// Only clusters in one of these states; empty: every state.
    public var states: Set<ClusterState>
    /// Only clusters of this kind.
    public var kind: CandidateKind?
    /// Only clusters whose modality is this.
    public var modality: Modality?
    /// Only event clusters whose event type, sub-event type or CAMEO code is this (any case).
    public var eventType: String?
    /// Only clusters whose most confident report is at least this confident (0 to 1).
    public var minimumConfidence: Double?
    /// Only clusters whose most confident report is at most this confident (0 to 1).
    public var maximumConfidence: Double?
    /// The order.
    public var order: Order
    /// How many clusters one page holds, 1 to ``TruceApp/maximumReviewPage``.
    public var limit: Int
    /// How many matching clusters to skip.
    public var offset: Int

    /// A query; nothing given lists every pending cluster, most confident first.
    public init(
        kind: CandidateKind? = nil, modality: Modality? = nil, eventType: String? = nil, minimumConfidence: Double? = nil,
        maximumConfidence: Double? = nil, order: Order = .confidenceDescending, limit: Int = 50, offset: Int = 0,
        states: Set<ClusterState> = [.pending]
    ) {
        self.states = states
        self.kind = kind
        self.modality = modality
        self.eventType = eventType
        self.minimumConfidence = minimumConfidence
        self.maximumConfidence = maximumConfidence
        self.order = order
        self.limit = limit
        self.offset = offset
    }
}

extension TruceApp {
    /// The largest page of the review queue.
    public static let maximumReviewPage = 200

    /// One page of the clusters `query` selects, with how many match in all.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) naming `limit`, `offset` or a confidence bound outside its range.
    public func reviewQueue(_ query: ReviewQueueQuery) async throws -> (clusters: [ReviewCluster], total: Int) {
        guard (1...Self.maximumReviewPage).contains(query.limit) else {
            throw TruceError(.invalidInput, "a page lists 1 to \(Self.maximumReviewPage) clusters", parameter: "limit")
        }
        guard query.offset >= 0 else { throw TruceError(.invalidInput, "an offset is 0 or more", parameter: "offset") }
        let matching = try await reviewMatches(query)
        return (Array(matching.dropFirst(query.offset).prefix(query.limit)), matching.count)
    }

    /// Every cluster `query` selects, in its order, its page fields aside: what ``reviewQueue(_:)``
    /// pages through, for front ends that list the whole queue (`truce review list`).
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) naming a confidence bound outside 0…1.
    public func reviewMatches(_ query: ReviewQueueQuery) async throws -> [ReviewCluster] {
        for (name, bound) in [("min_confidence", query.minimumConfidence), ("max_confidence", query.maximumConfidence)] {
            if let bound, !(0...1).contains(bound) { throw TruceError(.invalidInput, "a confidence is from 0 to 1", parameter: name) }
        }
        let type = query.eventType?.lowercased()
        var matching = try await storage.reviewClusters(states: query.states).filter { cluster in
            let confidence = Self.confidence(of: cluster)
            if let kind = query.kind, cluster.kind != kind { return false }
            if let modality = query.modality, cluster.modality != modality { return false }
            if let minimum = query.minimumConfidence, confidence < minimum { return false }
            if let maximum = query.maximumConfidence, confidence > maximum { return false }
            if let type {
                guard case .success(.event(let event)) = cluster.draft() else { return false }
                let names = [event.type.event, event.type.subEvent, event.type.cameo].compactMap { $0?.lowercased() }
                if !names.contains(type) { return false }
            }
            return true
        }
        switch query.order {
        case .id: matching.sort { $0.id < $1.id }
        case .confidenceDescending: matching.sort { (-Self.confidence(of: $0), $0.id) < (-Self.confidence(of: $1), $1.id) }
        case .confidenceAscending: matching.sort { (Self.confidence(of: $0), $0.id) < (Self.confidence(of: $1), $1.id) }
        case .dateAscending, .dateDescending:
            let descending = query.order == .dateDescending
            let days = Dictionary(uniqueKeysWithValues: matching.map { ($0.id, Self.date(of: $0)) })
            matching.sort { a, b in
                switch (days[a.id] ?? nil, days[b.id] ?? nil) {
                case (let x?, let y?) where x != y: descending ? x > y : x < y
                case (.some, .none): true
                case (.none, .some): false
                default: a.id < b.id
                }
            }
        }
        return matching
    }

    /// A cluster's date: the first day of the record accepting it would write, else the earliest
    /// day a report gives; nil when none gives one.
    public static func date(of cluster: ReviewCluster) -> Day? {
        switch cluster.draft() {
        case .success(.event(let event)): event.date.earliest
        case .success(.claim(let claim)): claim.date
        case .success(.observation(let observation)): observation.date
        case .failure: cluster.reports.compactMap { $0.date?.earliest }.min()
        }
    }

    /// A cluster's confidence: that of its most confident report.
    public static func confidence(of cluster: ReviewCluster) -> Double {
        cluster.reports.map(\.confidence).max() ?? 0
    }

    /// The entry a store makes, inside a decision's transaction, of cluster `id` before and after it.
    private func decisionEntry(_ action: String, _ id: Int64, by reviewer: String) -> @Sendable (ReviewCluster, ReviewCluster) throws -> AuditEntry {
        let audit = self.audit
        return { before, after in
            try audit.entry(
                action, kind: "review_cluster", id: String(id), by: reviewer, before: ClusterDocument(before), after: ClusterDocument(after))
        }
    }

    /// Sets fields of pending cluster `id` (`fields` by name; an empty value clears one) through
    /// ``edit(_:set:reviewer:)``, all or none, audited in the edit's own transaction.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) whose parameter names the first field that is not one of the
    ///   cluster's kind or whose value is wrong; as ``edit(_:set:reviewer:)``.
    public func editAudited(_ id: Int64, fields: [String: String], reviewer: String) async throws -> ReviewCluster {
        let before = try await clusterForDecision(id)
        guard !fields.isEmpty else { throw TruceError(.invalidInput, "name at least one field to set", parameter: "set") }
        var scratch = ReviewEdits()
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            do {
                try scratch.set(field, to: value, kind: before.kind)
            } catch {
                throw TruceError(.invalidInput, error.message, parameter: field)
            }
        }
        let assignments = fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try await checkEventType(id, assignments)
        return try await aboutCluster {
            try await storage.edit(id, set: assignments, by: stamp(reviewer), recording: decisionEntry("edit", id, by: reviewer))
        }
    }

    /// Cluster `id`, to decide on.
    ///
    /// - Throws: ``TruceError`` (`notFound`, parameter `cluster`) when there is none.
    func clusterForDecision(_ id: Int64) async throws -> ReviewCluster {
        do {
            return try await storage.reviewCluster(id)
        } catch let error as TruceError where (error.parameter == nil || error.parameter == "cluster") && error.code == .invalidInput {
            throw TruceError(.notFound, error.message, parameter: "cluster", cause: error)
        }
    }

    /// Runs a decision, naming the cluster as the parameter of a refusal that names none (a decided
    /// cluster, an edit needed first), so a front end can point at what to change.
    func aboutCluster<Value>(_ decide: () async throws -> Value) async throws -> Value {
        do {
            return try await decide()
        } catch let error as TruceError where error.parameter == nil && error.code == .invalidInput {
            throw TruceError(.invalidInput, error.message, parameter: "cluster", cause: error)
        }
    }
}
