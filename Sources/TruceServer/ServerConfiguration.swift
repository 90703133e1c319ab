/// How the server listens and what it accepts; the CLI fills it from its flags.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default, so nothing is exposed unless asked.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The largest request body read, in bytes; larger ones are answered 413.
    public var maximumBodyBytes: Int
    /// Whether anyone may read agreements, assessments and events without signing in (published
    /// assessments); everything else still needs an account of its role.
    public var publicRead: Bool
    /// Whether cookies carry `Secure` (sent over HTTPS and to localhost only); off only for tests of plain HTTP elsewhere.
    public var secureCookies: Bool
    /// How often alerts due for delivery are sent to their webhooks.
    public var webhookInterval: Duration = .seconds(15)

    /// A configuration listening on `host:port`, reading bodies up to `maximumBodyBytes`, closed to
    /// readers without an account unless `publicRead`.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 1 << 20, publicRead: Bool = false, secureCookies: Bool = true
    ) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.publicRead = publicRead
        self.secureCookies = secureCookies
    }
}
