import Foundation
import Testing
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

@testable import TruceCore

/// Setting and removing an agreement's webhook through the core records who did it, never the address's secret.
@Suite struct WebhookAuditTests {
    @Test func aWebhookChangeIsRecordedWithItsAddressRedacted() async throws {
        let store = try Store.inMemory()
        let clock = WallClock.fixed(Date(timeIntervalSince1970: 1_600_000_000))
        let app = TruceApp(storage: store, clock: clock)
        let agreements = AgreementLibrary(store: store, clock: clock)
        try await agreements.add(path: TestPaths.example("agreement.yaml"), by: "ada")
        let alerts = Alerts(store: store, app: app, agreements: agreements)
        let secret = "https://hooks.example.org:8443/services/T0/B1/s3cr3t?token=xyz"
        try await alerts.setWebhook(agreement: "doha-2020", url: secret, by: "ada")
        try await alerts.setWebhook(agreement: "doha-2020", url: "https://hooks.example.org/other", by: "bo")
        #expect(try await alerts.removeWebhook(agreement: "doha-2020", by: "cy"))
        #expect(try await alerts.removeWebhook(agreement: "doha-2020", by: "cy") == false)
        let entries = try await store.auditEntries(matching: AuditFilter(kind: AuditedWebhook.auditKind), limit: 10, offset: 0)
        #expect(
            entries.map { "\($0.actor) \($0.action)" } == ["cy delete", "bo update", "ada create"], "no entry for a removal that removed nothing")
        for entry in entries {
            for json in [entry.before, entry.after].compactMap({ $0 }) {
                #expect(!json.contains("s3cr3t") && !json.contains("xyz"), "no secret in \(json)")
            }
        }
        let created = try JSONDecoder().decode(AuditedWebhook.self, from: Data(try #require(entries.last?.after).utf8))
        #expect(created.origin == "https://hooks.example.org:8443")
        let replaced = try JSONDecoder().decode(AuditedWebhook.self, from: Data(try #require(entries[1].before).utf8))
        let replacing = try JSONDecoder().decode(AuditedWebhook.self, from: Data(try #require(entries[1].after).utf8))
        #expect(replaced == created, "an update's entry keeps the webhook it replaced")
        #expect(replacing.fingerprint != replaced.fingerprint, "two addresses at one origin are told apart")
    }
}
