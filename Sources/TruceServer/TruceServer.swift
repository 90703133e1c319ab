public import Hummingbird
public import TruceCore

/// Truce's HTTP server: the dashboard pages and the JSON API over the application core.
///
/// Handlers parse the request, call ``TruceApp``, ``AgreementLibrary`` or ``Accounts`` (the same
/// calls the CLI makes) and render the answer; they hold no use-case logic. Every asset is
/// compiled in, so the pages work offline.
public enum TruceServer {
    /// The application serving `app`, `agreements` and `accounts` as `configuration` says; `@main`
    /// runs it, tests drive it without a socket.
    public static func application(
        configuration: ServerConfiguration, app: TruceApp, agreements: AgreementLibrary, accounts: Accounts
    ) -> some ApplicationProtocol {
        let router = Router(context: ServerContext.self)
        router.addMiddleware {
            ErrorTranslation()
            BodyLimit(maximumBytes: configuration.maximumBodyBytes)
            SessionLookup(accounts: accounts)
        }
        let handlers = Handlers(
            app: app, agreements: agreements, accounts: accounts, configuration: configuration, assessments: AssessmentCache(app: app))
        handlers.addPages(to: router)
        handlers.addAccountPages(to: router)
        handlers.addAPI(to: router)
        return Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "truce"))
    }
}
