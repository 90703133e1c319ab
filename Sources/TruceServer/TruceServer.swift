public import Hummingbird
public import Logging
public import TruceCore

/// Truce's HTTP server: the dashboard pages and the JSON API over the application core.
///
/// Handlers parse the request, call ``TruceApp``, ``AgreementLibrary`` or ``Accounts`` (the same
/// calls the CLI makes) and render the answer; they hold no use-case logic. Every asset is
/// compiled in, so the pages work offline.
public enum TruceServer {
    /// The application serving `app`, `agreements`, `accounts` and `alerts` as `configuration` says; `@main`
    /// runs it, tests drive it without a socket. Alerts due for delivery are sent to their webhooks every
    /// ``ServerConfiguration/webhookInterval`` while it runs; without `alerts` (a server that watches no
    /// agreement for status changes), the deadlines are still served and the webhook routes answer 501.
    /// Requests log to `logger` (Hummingbird's own, labelled `truce`, when nil).
    public static func application(
        configuration: ServerConfiguration, app: TruceApp, agreements: AgreementLibrary, accounts: Accounts, alerts: Alerts?,
        logger: Logger? = nil
    ) -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.addMiddleware {
            ErrorTranslation()
            BodyLimit(maximumBytes: configuration.maximumBodyBytes, maximumUploadBytes: configuration.maximumUploadBytes)
            SessionLookup(accounts: accounts)
        }
        let handlers = Handlers(
            app: app, agreements: agreements, accounts: accounts, alerts: alerts, configuration: configuration,
            assessments: AssessmentCache(app: app), totals: EventTotals(app: app))
        handlers.addPages(to: router)
        handlers.addAlertPages(to: router)
        handlers.addEditor(to: router)
        handlers.addAccountPages(to: router)
        handlers.addUsers(to: router)
        handlers.addAPI(to: router)
        handlers.addAudit(to: router)
        handlers.addTokens(to: router)
        handlers.addImports(to: router)
        handlers.addReview(to: router)
        handlers.addEvidence(to: router)
        let delivery = alerts.map {
            WebhookDelivery(
                alerts: $0, sender: HTTPWebhookSender(), interval: configuration.webhookInterval, logger: Logger(label: "truce.webhooks"))
        }
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "truce"),
            services: delivery.map { [$0] } ?? [], logger: logger)
    }
}
