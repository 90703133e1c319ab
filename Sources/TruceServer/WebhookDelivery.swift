import Logging
import ServiceLifecycle
import TruceCore

/// The server's worker that delivers due alerts to their webhooks every `interval`, until the server shuts down.
struct WebhookDelivery: Service {
    var alerts: Alerts
    var sender: any WebhookSender
    var interval: Duration
    var logger: Logger

    func run() async throws {
        _ = await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let report = try await alerts.deliverDue(with: sender)
                    if report != DeliveryReport() {
                        logger.info(
                            "webhooks.delivered",
                            metadata: [
                                "webhooks.delivered": "\(report.delivered)", "webhooks.retrying": "\(report.retrying)",
                                "webhooks.abandoned": "\(report.abandoned)",
                            ])
                    }
                } catch {
                    logger.error("webhooks.failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
