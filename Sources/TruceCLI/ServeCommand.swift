import ArgumentParser
import Hummingbird
import TruceCore
import TruceServer
import TruceStorage

/// `truce serve`: the dashboard and the JSON API over the store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard and the JSON API over the store.",
        discussion: """
            Pages: /agreements (add agreements with `truce agreement add FILE`), /events; the API is under /api/v1. \
            Reading needs an account (create the first with `truce user add NAME --role admin`) unless --public is given. \
            Everything is served by this binary and works offline. Stop it with Ctrl-C. Several servers may share one \
            PostgreSQL store (--database or $TRUCE_DATABASE_URL): users, sessions and the login rate limit live in it.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The TCP port to listen on.") var port: Int = 8080
    @Option(help: "The address to bind; 127.0.0.1 serves this machine only.") var host: String = "127.0.0.1"
    @Flag(name: .customLong("public"), help: "Let anyone read agreements, assessments and events without signing in.")
    var publicRead = false
    @Flag(
        help: """
            Let webhooks go to loopback, link-local and private addresses (a receiver on this machine or network). \
            Without it, only public addresses are accepted, when a webhook is set and again at each delivery.
            """)
    var allowPrivateWebhooks = false

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let store = try await storeOptions.serverStorage()
            let app = TruceApp(storage: store)
            let agreements = StoreParts.agreements(store)
            let server = TruceServer.application(
                configuration: ServerConfiguration(host: host, port: port, publicRead: publicRead), app: app, agreements: agreements,
                accounts: StoreParts.accounts(store),
                alerts: Alerts(
                    store: store, app: app, agreements: agreements,
                    addresses: WebhookAddressPolicy(allowsPrivateAddresses: allowPrivateWebhooks)))
            Terminal.error("Serving \(storeOptions.storeName) at http://\(host):\(port)/ (Ctrl-C to stop)")
            try await server.runService()
        }
    }
}
