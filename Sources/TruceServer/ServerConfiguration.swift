/// How the server listens and what it accepts; the CLI fills it from its flags.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default, so nothing is exposed unless asked.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// The largest request body read, in bytes; larger ones are answered 413.
    public var maximumBodyBytes: Int

    /// A configuration listening on `host:port`, reading bodies up to `maximumBodyBytes`.
    public init(host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 1 << 20) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
    }
}
