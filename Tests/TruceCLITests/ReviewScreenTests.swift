import Foundation
import Testing
import TruceCore
import TruceModel
import TruceStorage
import TruceStore

@testable import TruceCLI

/// The review screen driven by keys, as a reviewer would, over a real store.
@Suite struct ReviewScreenTests {
    func screen() async throws -> (ReviewScreen, Store) {
        let store = try Store.inMemory()
        try ReviewFixtures.populate(store)
        let app = TruceApp(storage: store, clock: .fixed(ISO8601DateFormatter().date(from: "2026-02-01T12:00:00Z")!))
        return (try await ReviewScreen(app: app, reviewer: "ana"), store)
    }

    func press(_ keys: String, on screen: inout ReviewScreen) async {
        for key in ReviewKey.script(keys) { await screen.handle(key) }
    }

    @Test func theQueueShowsOneLinePerClusterAndMarksTheSelection() async throws {
        var (screen, _) = try await screen()
        let frame = screen.frame(width: 100, height: 20)
        #expect(frame.count == 20)
        #expect(frame.allSatisfy { $0.count <= 100 })
        #expect(frame[0].hasPrefix("truce review — 2 pending, 0 accepted, 0 rejected"))
        #expect(frame[2].hasPrefix("> #1  event  pending  3×  2020-03-05  Taliban → United States"))
        #expect(frame[3].hasPrefix("  #2  event  pending (promised)  1×"))
        await press("j", on: &screen)
        #expect(screen.frame(width: 100, height: 20)[3].hasPrefix("> #2"))
        await press("jjj<down>", on: &screen)
        #expect(screen.current?.id == 2, "moving stops at the last cluster")
        await press("k<up>", on: &screen)
        #expect(screen.current?.id == 1)
    }

    @Test func aNarrowShortTerminalStillGetsAFrameThatFits() async throws {
        var (screen, _) = try await screen()
        await press("<enter>", on: &screen)
        let frame = screen.frame(width: 30, height: 8)
        #expect(frame.count == 8)
        #expect(frame.allSatisfy { $0.count <= 30 })
        #expect(frame[6] == "…", "a page longer than the screen says it goes on")
    }

    @Test func theDetailShowsTheRecordAndEveryReportsSentence() async throws {
        var (screen, _) = try await screen()
        await press("<enter>", on: &screen)
        #expect(screen.mode == .detail)
        let text = screen.frame(width: 120, height: 60).joined(separator: "\n")
        #expect(text.contains("Cluster #1 · event · pending · 3 report(s)"))
        #expect(text.contains("Accepting records:"))
        #expect(text.contains("fatalities  low 1 best 1 high 1"))
        #expect(text.contains("“Taliban fighters attacked US forces in Helmand on Thursday, killing one soldier.”"))
        #expect(text.contains("3. Wire 2 · 2020-03-06 · “Attack in Helmand (2)” · confidence 0.7"))
        #expect(text.contains("coded: Taliban → United States (“US forces”) · 190 Armed clash · 2020-03-05 · Helmand, Afghanistan · killed 1/1/1"))
        await press("q", on: &screen)
        #expect(screen.mode == .queue && !screen.finished)
        await press("q", on: &screen)
        #expect(screen.finished)
    }

    @Test func acceptingWritesTheEventAndUndoTakesItBack() async throws {
        var (screen, store) = try await screen()
        await press("a", on: &screen)
        #expect(screen.message == "Accepted #1 as article:1. (u undoes)")
        #expect(try await store.reviewCluster(1).state == .accepted)
        #expect(try await store.reviewCluster(1).reviewer == "ana")
        #expect(screen.clusters.map(\.id) == [2])
        await press("u", on: &screen)
        #expect(try await store.reviewCluster(1).state == .pending)
        #expect(try await store.events(matching: EventFilter(dataset: "articles"), limit: nil).total == 0)
        #expect(screen.current?.id == 1)
        await press("u", on: &screen)
        #expect(screen.message == "Nothing to undo in this session.")
    }

    @Test func aPledgeIsRefusedUntilAcceptedAnyway() async throws {
        var (screen, store) = try await screen()
        await press("ja", on: &screen)
        #expect(screen.message?.contains("not an act") == true)
        #expect(try await store.reviewCluster(2).state == .pending)
        await press("A", on: &screen)
        #expect(try await store.reviewCluster(2).state == .accepted)
    }

    @Test func editingPromptsForFieldsAndShowsErrorsByField() async throws {
        var (screen, store) = try await screen()
        await press("<enter>e", on: &screen)
        #expect(screen.mode == .prompt(.edit))
        await press("date=2020-02-31<enter>", on: &screen)
        #expect(screen.message?.hasPrefix("field 'date'") == true)
        #expect(screen.mode == .detail)
        await press("eplace=Lashkar Gahx<bs>, fatalities=2..3<enter>", on: &screen)
        #expect(screen.message == "Edited #1. (u undoes)")
        #expect(try await store.reviewCluster(1).edits.values == ["place": "Lashkar Gah", "fatalities": "2..3"])
        #expect(screen.frame(width: 120, height: 40).joined(separator: "\n").contains("Lashkar Gah, Helmand, Afghanistan"))
        await press("u", on: &screen)
        #expect(try await store.reviewCluster(1).edits.isEmpty)
        await press("eactor1=nobody<esc>", on: &screen)
        #expect(screen.message == "Cancelled.")
        #expect(try await store.reviewCluster(1).edits.isEmpty)
    }

    @Test func mergeAsksForTheTargetAndRejectForANote() async throws {
        var (screen, store) = try await screen()
        await press("jm1<enter>", on: &screen)
        #expect(screen.message == "Merged #2 into #1. (u undoes)")
        // A pledge and an act are different clusters, but a reviewer may still merge them.
        #expect(try await store.reviewCluster(2).state == .merged)
        #expect(try await store.reviewCluster(1).reports.count == 4)
        await press("u", on: &screen)
        #expect(try await store.reviewCluster(1).reports.count == 3)
        await press("mxyz<enter>", on: &screen)
        #expect(screen.message?.contains("not a cluster number") == true)
        await press("r<enter>", on: &screen)
        #expect(try await store.reviewCluster(2).state == .rejected)
        #expect(try await store.reviewCluster(2).note == nil)
        await press("?", on: &screen)
        #expect(screen.frame(width: 100, height: 30)[2] == "Keys")
        await press("x", on: &screen)
        #expect(screen.mode == .queue)
    }
}

@Suite struct ReviewScreenParsingTests {
    @Test func aCommaStartsAnAssignmentOnlyBeforeAFieldName() {
        #expect(ReviewScreen.assignments("place=Kabul, fatalities=2") == ["place=Kabul", "fatalities=2"])
        #expect(
            ReviewScreen.assignments("quote=We came, we saw, we left.,date=2020-03-04") == ["quote=We came, we saw, we left.", "date=2020-03-04"])
        #expect(ReviewScreen.assignments("actor2=") == ["actor2="])
    }
}

@Suite struct RawTerminalKeyTests {
    @Test func bytesReadAtOnceBecomeEveryKeyTheyHold() {
        let bytes: [UInt8] =
            Array("jj".utf8) + [0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x0D, 0x7F, 0x1B] + Array("é".utf8) + [0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43, 0x03]
        #expect(
            RawTerminal.keys(bytes) == [.character("j"), .character("j"), .up, .down, .enter, .backspace, .escape, .character("é"), .interrupt])
    }
}
