import NIOCore

@testable import TruceServer

extension HTTPWebhookSender {
    /// A sender for receivers served by the test process itself. Such a receiver answers only when Swift's
    /// cooperative pool (one thread per core) gives its handler a turn, and in a full test run other suites
    /// hold that pool for many seconds at a time: the server's 10 seconds then cut off a receiver that was
    /// only waiting for a thread. The tests are about what is sent and refused, not about the deadline.
    static let patient = HTTPWebhookSender(timeout: .seconds(300))
}
