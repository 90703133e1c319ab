import Foundation
import TruceCore
import TruceModel

/// A key the review screen understands.
enum ReviewKey: Equatable {
    case character(Character)
    case up, down, enter, escape, backspace, interrupt

    /// A scripted key sequence (`--keys`): characters as typed, and `<enter>`, `<up>`,
    /// `<down>`, `<esc>`, `<bs>` for the others.
    static func script(_ text: String) -> [ReviewKey] {
        var keys: [ReviewKey] = []
        var rest = Substring(text)
        let named: [(String, ReviewKey)] = [("<enter>", .enter), ("<up>", .up), ("<down>", .down), ("<esc>", .escape), ("<bs>", .backspace)]
        while let first = rest.first {
            if let (name, key) = named.first(where: { rest.hasPrefix($0.0) }) {
                keys.append(key)
                rest = rest.dropFirst(name.count)
            } else {
                keys.append(first == "\n" ? .enter : .character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }
}

/// The interactive review screen as a state machine: keys in, the core's review decisions and a
/// frame of text out. The terminal loop and the tests drive the same machine.
struct ReviewScreen {
    enum Mode: Equatable {
        case queue, detail, help
        /// Typing a line: an edit, a merge target, or a rejection note.
        case prompt(Prompt)
    }

    enum Prompt: Equatable {
        case edit, merge, rejectNote

        var label: String {
            switch self {
            case .edit: "edit field=value (enter applies, esc cancels): "
            case .merge: "merge into cluster #: "
            case .rejectNote: "reject; note (enter to skip): "
            }
        }
    }

    /// How to take back a decision of this session.
    enum Undo {
        case reopen(Int64)
        case restoreEdits(Int64, ReviewEdits)
    }

    /// The core's recorded writes: every decision goes through them, stamped with the core's clock, audited and
    /// watched for status changes where the store keeps an audit log and alerts.
    let writes: RecordedWrites
    let reviewer: String
    /// Who the audit log names.
    let actor: String
    var app: TruceApp { writes.app }
    private(set) var clusters: [ReviewCluster] = []
    /// Clusters in each state, for the title line; refreshed with the queue.
    private(set) var counts: [ClusterState: Int] = [:]
    private(set) var selected = 0
    private(set) var mode = Mode.queue
    /// Where a prompt or help returns to.
    private var previous = Mode.queue
    private(set) var input = ""
    private(set) var message: String?
    private var undo: [Undo] = []
    private(set) var finished = false

    init(writes: RecordedWrites, reviewer: String, actor: String) async throws {
        self.writes = writes
        self.reviewer = reviewer
        self.actor = actor
        try await reload()
    }

    /// A screen deciding through `app` alone: nothing audited, no status changes kept.
    init(app: TruceApp, reviewer: String) async throws {
        try await self.init(writes: RecordedWrites(app: app, alerts: nil), reviewer: reviewer, actor: "cli:" + reviewer)
    }

    var current: ReviewCluster? { clusters.indices.contains(selected) ? clusters[selected] : nil }

    mutating func handle(_ key: ReviewKey) async {
        if key == .interrupt {
            finished = true
            return
        }
        switch mode {
        case .prompt(let prompt): await typing(key, into: prompt)
        case .help: mode = previous
        case .queue, .detail: await command(key)
        }
    }

    private mutating func command(_ key: ReviewKey) async {
        message = nil
        switch key {
        case .down, .character("j"), .character("n"): move(by: 1)
        case .up, .character("k"), .character("p"): move(by: -1)
        case .enter, .character("l"): if current != nil { mode = .detail }
        case .escape, .character("h"): mode = .queue
        case .character("q"):
            if mode == .detail { mode = .queue } else { finished = true }
        case .character("?"):
            previous = mode
            mode = .help
        case .character("a"): await accept(allowNonAct: false)
        case .character("A"): await accept(allowNonAct: true)
        case .character("r"): startPrompt(.rejectNote)
        case .character("e"): startPrompt(.edit)
        case .character("m"): startPrompt(.merge)
        case .character("u"): await takeBack()
        default: break
        }
    }

    private mutating func move(by step: Int) {
        guard !clusters.isEmpty else { return }
        selected = min(max(0, selected + step), clusters.count - 1)
    }

    private mutating func startPrompt(_ prompt: Prompt) {
        guard current != nil else {
            message = "The queue is empty."
            return
        }
        previous = mode
        input = ""
        mode = .prompt(prompt)
    }

    private mutating func typing(_ key: ReviewKey, into prompt: Prompt) async {
        switch key {
        case .character(let c): input.append(c)
        case .backspace: if !input.isEmpty { input.removeLast() }
        case .escape:
            mode = previous
            message = "Cancelled."
        case .enter:
            mode = previous
            let line = input.trimmingCharacters(in: .whitespaces)
            input = ""
            await finish(prompt, line)
        default: break
        }
    }

    private mutating func finish(_ prompt: Prompt, _ line: String) async {
        guard let cluster = current else { return }
        switch prompt {
        case .rejectNote:
            let note = line.isEmpty ? nil : line
            await act(undo: .reopen(cluster.id), done: "Rejected #\(cluster.id).") { writes, reviewer, actor in
                try await writes.reject([cluster.id], note: note, reviewer: reviewer, actor: actor)
            }
        case .edit:
            guard !line.isEmpty else { return }
            let assignments = Self.assignments(line)
            await act(undo: .restoreEdits(cluster.id, cluster.edits), done: "Edited #\(cluster.id).", leaves: false) { writes, reviewer, actor in
                _ = try await writes.edit(cluster.id, set: assignments, reviewer: reviewer, actor: actor)
            }
        case .merge:
            guard let target = Int64(line.drop { $0 == "#" }) else {
                message = "'\(line)' is not a cluster number; press m and type one, e.g. 12."
                return
            }
            await act(undo: .reopen(cluster.id), done: "Merged #\(cluster.id) into #\(target).") { writes, reviewer, actor in
                try await writes.merge(cluster.id, into: target, reviewer: reviewer, actor: actor)
            }
        }
    }

    private mutating func accept(allowNonAct: Bool) async {
        guard let cluster = current else {
            message = "The queue is empty."
            return
        }
        if !cluster.isAct && !allowNonAct {
            message = "#\(cluster.id) is \(cluster.modality.rawValue), not an act: e to set modality=done, r to reject, A to accept anyway."
            return
        }
        await act(undo: .reopen(cluster.id), done: "Accepted #\(cluster.id) as \(cluster.key).") { writes, reviewer, actor in
            _ = try await writes.accept([cluster.id], reviewer: reviewer, actor: actor, allowNonAct: allowNonAct)
        }
    }

    /// Runs one decision, remembers how to take it back, and reloads the queue; a refusal
    /// becomes the status message. A decision that decides the cluster takes it off the queue.
    private mutating func act(
        undo step: Undo, done: String, leaves: Bool = true, _ decision: (RecordedWrites, String, String) async throws -> Void
    ) async {
        do {
            try await decision(writes, reviewer, actor)
            undo.append(step)
            message = done + " (u undoes)"
            try await reload()
            if clusters.isEmpty { mode = .queue }
        } catch let error as TruceError {
            message = error.message
        } catch {
            message = "\(error)"
        }
    }

    private mutating func takeBack() async {
        guard let step = undo.popLast() else {
            message = "Nothing to undo in this session."
            return
        }
        do {
            switch step {
            case .reopen(let id):
                try await writes.reopen(id, reviewer: reviewer, actor: actor)
                try await reload(select: id)
                message = "Reopened #\(id)."
            case .restoreEdits(let id, let edits):
                try await writes.restoreEdits(id, to: edits, reviewer: reviewer, actor: actor)
                try await reload(select: id)
                message = "Edits of #\(id) restored."
            }
        } catch let error as TruceError {
            message = error.message
        } catch {
            message = "\(error)"
        }
    }

    private mutating func reload(select id: Int64? = nil) async throws {
        clusters = try await app.reviewClusters(states: [.pending])
        counts = try await app.reviewCounts()
        if let id, let index = clusters.firstIndex(where: { $0.id == id }) { selected = index }
        selected = min(selected, max(0, clusters.count - 1))
    }

    /// `field=value, field=value` as assignments: a comma starts a new one only before
    /// `name=`, so a quote or a place may hold commas.
    static func assignments(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var rest = Substring(line)
        while let comma = rest.firstIndex(of: ",") {
            let after = rest[rest.index(after: comma)...].drop { $0 == " " }
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, after.dropFirst(name.count).first == "=" {
                result.append(current + rest[..<comma])
                current = ""
                rest = after
            } else {
                current += rest[...comma]
                rest = rest[rest.index(after: comma)...]
            }
        }
        result.append(current + rest)
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Drawing

    /// The screen as lines, each at most `width` columns, at most `height` lines.
    func frame(width: Int, height: Int) -> [String] {
        let width = max(20, width)
        let height = max(5, height)
        let title =
            "truce review — \(clusters.count) pending, \(counts[.accepted] ?? 0) accepted, \(counts[.rejected] ?? 0) rejected   ? help  q quit"
        var body: [String]
        switch mode {
        case .help: body = Self.help
        case .detail: body = current.map { ReviewText.page($0, width: width) } ?? ["The queue is empty."]
        case .queue: body = queueLines(rows: height - 3)
        case .prompt:
            body = previous == .detail ? (current.map { ReviewText.page($0, width: width) } ?? []) : queueLines(rows: height - 3)
        }
        var footer = message ?? ""
        if case .prompt(let prompt) = mode { footer = prompt.label + input }
        let room = height - 3
        let shown = body.count > room ? Array(body.prefix(max(0, room - 1))) + ["…"] : body
        let lines = [title, String(repeating: "─", count: width)] + shown + Array(repeating: "", count: max(0, room - shown.count)) + [footer]
        return lines.map { Self.fit($0, width) }
    }

    private func queueLines(rows: Int) -> [String] {
        guard !clusters.isEmpty else { return ["No candidates wait for review. Import articles with `truce import articles`."] }
        let first = min(max(0, selected - rows / 2), max(0, clusters.count - rows))
        return clusters[first..<min(clusters.count, first + rows)].enumerated().map { offset, cluster in
            (first + offset == selected ? "> " : "  ") + ReviewText.line(cluster)
        }
    }

    static let help = [
        "Keys",
        "  j, ↓, n     next cluster            k, ↑, p   previous cluster",
        "  enter, l    open the cluster        esc, h    back to the queue",
        "  a           accept: write the event, claim or figure as evidence",
        "  A           accept a promise, denial or target too (not an act)",
        "  r           reject, with an optional note (kept, never evidence)",
        "  e           edit: field=value[, field=value] (date, actor1, actor2, code, event_type,",
        "              admin1, place, fatalities, count, detained, modality; claims: speaker,",
        "              speaker_actor, quote, provision; figures: indicator, value, actor, kind);",
        "              an empty value clears the field; the page lists the event types offered",
        "  m           merge this cluster into another (type its number)",
        "  u           undo the last decision of this session",
        "  q           back to the queue; from the queue, quit",
        "",
        "Any key closes this help.",
    ]

    private static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
