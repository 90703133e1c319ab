import ArgumentParser
import Foundation
import TruceCoder
import TruceCore
import TruceModel
import TruceStorage
import TruceStore

/// `truce review`: candidates from articles become evidence only through a reviewer.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review what the article coder found: accept, edit, merge or reject clusters of reports.",
        discussion: """
            Without a subcommand, opens the keyboard-driven review screen (in a terminal). The subcommands do the same \
            from scripts. Every decision is recorded with the reviewer (--reviewer, else $USER) and the time, and in the \
            audit log as cli:REVIEWER; status changes that accepted or reopened evidence causes are kept for the agreements' \
            webhooks, as the server's decisions are.
            """,
        subcommands: [Screen.self, List.self, Show.self, Accept.self, Reject.self, Edit.self, Merge.self, Reopen.self],
        defaultSubcommand: Screen.self
    )

    /// `--reviewer`, shared by the commands that decide.
    struct ReviewerOptions: ParsableArguments {
        @Option(help: "Who takes the decision, for the record (default: $USER).") var reviewer: String?

        var name: String {
            if let reviewer, !reviewer.isEmpty { return reviewer }
            let env = ProcessInfo.processInfo.environment
            return env["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LOGNAME"] ?? "unknown"
        }

        /// Who the audit log names: `cli:` and the reviewer, so entries from the command line stand apart from the server's users.
        var actor: String { "cli:" + name }
    }

    struct Screen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "screen", abstract: "The interactive review screen: j/k move, enter opens, a r e m u act, ? helps.")

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions
        @Option(help: .hidden) var keys: String?

        func run() async throws {
            try await CLIErrors.reportingAsync {
                var screen = try await ReviewScreen(
                    writes: storeOptions.writes(), reviewer: reviewerOptions.name, actor: reviewerOptions.actor)
                if let keys {
                    // Scripted keys, for tests and demonstrations: the last frame goes to standard output.
                    for key in ReviewKey.script(keys) where !screen.finished { await screen.handle(key) }
                    print(screen.frame(width: min(Terminal.width, 120), height: 30).joined(separator: "\n"))
                    return
                }
                guard RawTerminal.isAvailable else {
                    throw TruceError(
                        .invalidInput,
                        "the review screen needs a terminal; in scripts use `truce review list`, `show`, `accept`, `reject`, `edit`, `merge`")
                }
                try await RawTerminal.session {
                    while !screen.finished {
                        let size = RawTerminal.size
                        RawTerminal.draw(screen.frame(width: size.width, height: size.height))
                        for key in RawTerminal.readKeys() where !screen.finished { await screen.handle(key) }
                    }
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List clusters waiting for review (or in another state), filtered and sorted.",
            discussion: """
                The same query as the server's review queue (GET /api/v1/review), so both list the same clusters in the \
                same order for the same filters. A cluster's confidence is its most confident report's; its date, the date \
                accepting would record.
                """)

        @Option(help: "pending, accepted, rejected, merged or all.") var state = "pending"
        @Option(help: "event, claim, figure (or observation: what a figure becomes).") var kind: String?
        @Option(name: .customLong("type"), help: "Only events of this ACLED event type, sub-event type or CAMEO code (any case).")
        var eventType: String?
        @Option(help: "done, promised, demanded, denied, hypothetical, negated or alleged.") var modality: String?
        @Option(help: "Only clusters at least this confident (0 to 1).") var minConfidence: Double?
        @Option(help: "Only clusters at most this confident (0 to 1).") var maxConfidence: Double?
        // Unconditional: "-confidence" and "-date" are values, not flags.
        @Option(parsing: .unconditional, help: "id, confidence (least confident first), -confidence, date (earliest first) or -date.")
        var sort = "id"
        @Option(help: "List at most this many.") var limit: Int?
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            _ = try query()
            if let limit, limit < 1 { throw ValidationError("--limit is 1 or more") }
        }

        /// The flags as the core's queue query (its page fields are set while paging).
        func query() throws -> ReviewQueueQuery {
            var query = ReviewQueueQuery(order: .id, states: [])
            guard state == "all" || ClusterState(rawValue: state) != nil else {
                throw ValidationError("unknown state '\(state)': use pending, accepted, rejected, merged or all")
            }
            query.states = state == "all" ? [] : [ClusterState(rawValue: state) ?? .pending]
            if let kind { query.kind = try Self.kind(kind) }
            if let modality {
                guard let value = Modality(rawValue: modality) else {
                    throw ValidationError("unknown modality '\(modality)': use \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                query.modality = value
            }
            query.eventType = eventType
            for (flag, bound) in [("--min-confidence", minConfidence), ("--max-confidence", maxConfidence)] {
                if let bound, !(0...1).contains(bound) { throw ValidationError("\(flag) is a confidence from 0 to 1") }
            }
            query.minimumConfidence = minConfidence
            query.maximumConfidence = maxConfidence
            guard let order = ReviewQueueQuery.Order(rawValue: sort) else {
                throw ValidationError(
                    "unknown sort '\(sort)': use \(ReviewQueueQuery.Order.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.order = order
            return query
        }

        /// `observation` is what a figure becomes; commitments are coded but not stored for review.
        static func kind(_ name: String) throws -> CandidateKind {
            if name == "observation" { return .figure }
            if name == "commitment" {
                throw ValidationError(
                    "commitments are not review candidates: `truce code` prints them (with --agreement, linked to provisions), "
                        + "but the store's review tables hold events, claims and figures only")
            }
            guard let kind = CandidateKind(rawValue: name) else {
                throw ValidationError("unknown kind '\(name)': use event, claim, figure or observation")
            }
            return kind
        }

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let app = try await storeOptions.app()
                let matching = try await app.reviewMatches(try query())
                let clusters = limit.map { Array(matching.prefix($0)) } ?? matching
                switch format {
                case .json:
                    print(try JSONDocument.string(clusters.map { ClusterDocument($0) }))
                case .table:
                    guard !clusters.isEmpty else {
                        let filtered = kind != nil || eventType != nil || modality != nil || minConfidence != nil || maxConfidence != nil
                        print(
                            filtered
                                ? "No \(state == "all" ? "" : state + " ")clusters match these filters."
                                : state == "pending"
                                    ? "Nothing waits for review. Import articles with `truce import articles`." : "No \(state) clusters.")
                        return
                    }
                    var table = TextTable(["id", "kind", "state", "reports", "conf", "what"])
                    for cluster in clusters {
                        table.add([
                            "\(cluster.id)", cluster.kind.rawValue, ReviewText.stateLabel(cluster), "\(cluster.reports.count)",
                            ClusterSummary.number(TruceApp.confidence(of: cluster)), ClusterSummary.text(of: cluster),
                        ])
                    }
                    print(table.render(width: Terminal.width))
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show one cluster: the record accepting writes, and every report with its sentence.")

        @Argument(help: "The cluster id (see truce review list).") var id: Int64
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let (cluster, actions) = try await storeOptions.app().reviewCluster(id)
                switch format {
                case .json:
                    print(try JSONDocument.string(ClusterDocument(cluster, actions: actions)))
                case .table:
                    print(ReviewText.page(cluster, width: Terminal.width).joined(separator: "\n"))
                    if !actions.isEmpty {
                        print("\nDecisions:")
                        for action in actions { print("  \(action.actedAt)  \(action.reviewer)  \(action.action)  \(action.detail ?? "")") }
                    }
                }
            }
        }
    }

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept", abstract: "Accept clusters: each becomes one event, claim or observation with its articles as provenance.")

        @Argument(help: "Cluster ids.") var ids: [Int64]
        @Flag(help: "Also accept events that are promised, denied, demanded, hypothetical, negated or alleged, and target figures.")
        var allowNonAct = false
        @Option(help: "The indicator that accepted figures are observations of (e.g. troop_level), when the coded one is not.")
        var indicator: String?
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let writes = try await storeOptions.writes()
                let accepted: [AcceptedRecord]
                do {
                    accepted = try await writes.accept(
                        ids, reviewer: reviewerOptions.name, actor: reviewerOptions.actor, allowNonAct: allowNonAct, indicator: indicator
                    ).records
                } catch let error as TruceError where Set(ids).count > 1 {
                    throw TruceError(
                        error.code, error.message + "; none of the \(Set(ids).count) clusters was accepted", parameter: error.parameter, cause: error)
                }
                for record in accepted {
                    print("#\(record.cluster) accepted as \(record.record.table) article:\(record.cluster) (snapshot \(record.snapshot))")
                }
            }
        }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject clusters: kept and marked, never evidence.")

        @Argument(help: "Cluster ids.") var ids: [Int64]
        @Option(help: "Why, for the record.") var note: String?
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                try await storeOptions.writes().reject(ids, note: note, reviewer: reviewerOptions.name, actor: reviewerOptions.actor)
                print("Rejected \(ids.map { "#\($0)" }.joined(separator: ", ")).")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Set fields of a pending cluster before accepting it.",
            discussion: """
                Events: date (YYYY-MM-DD, YYYY-MM or FROM..TO), actor1, actor2, code (CAMEO), event_type, sub_event_type, \
                country, admin1, place, fatalities (N, LOW..HIGH or LOW..BEST..HIGH), count (acts), detained, modality. Claims: \
                date, speaker, speaker_actor, quote, provision, modality. Figures: date, indicator, value, actor, kind (current or \
                target). An empty value clears a field. A statement (CAMEO 01–05, 10) never takes an armed-conflict event type \
                (Battles, Explosions/Remote violence, Violence against civilians): `truce review show ID` lists the types offered.
                """)

        @Argument(help: "The cluster id.") var id: Int64
        @Option(name: .customLong("set"), help: "field=value (repeatable).") var assignments: [String] = []
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions

        func validate() throws {
            guard !assignments.isEmpty else { throw ValidationError("give at least one --set field=value") }
        }

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let cluster = try await storeOptions.writes().edit(
                    id, set: assignments, reviewer: reviewerOptions.name, actor: reviewerOptions.actor)
                print(ReviewText.page(cluster, width: Terminal.width).joined(separator: "\n"))
            }
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge", abstract: "Merge a cluster's reports into another cluster (the same incident, clustered apart).")

        @Argument(help: "The cluster to merge.") var id: Int64
        @Argument(help: "The cluster it joins.") var into: Int64
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                try await storeOptions.writes().merge(id, into: into, reviewer: reviewerOptions.name, actor: reviewerOptions.actor)
                print("Merged #\(id) into #\(into); `truce review reopen \(id)` takes its reports back.")
            }
        }
    }

    struct Reopen: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: "Put a decided cluster back in the queue: an accepted record leaves the evidence, a merge is undone.")

        @Argument(help: "The cluster id.") var id: Int64
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var reviewerOptions: ReviewerOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                try await storeOptions.writes().reopen(id, reviewer: reviewerOptions.name, actor: reviewerOptions.actor)
                print("#\(id) is pending again.")
            }
        }
    }
}
