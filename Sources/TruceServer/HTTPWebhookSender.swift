import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization
import TruceCore

/// Posts alerts to webhooks over HTTP/1.1, connecting to the addresses the webhook's check resolved
/// (``WebhookDestination``) and never resolving the host again: a name that answered a public address
/// to the check cannot send the request elsewhere (DNS rebinding). The host's name still goes in the
/// `Host` header and, for `https`, in the TLS server name, and the certificate is verified for it (for an
/// address written as such, for that address). Redirects are not followed: where one points was never
/// checked, so it is a failure like any answer other than 2xx. A delivery gets `timeout`, connecting included.
struct HTTPWebhookSender: WebhookSender {
    /// A receiver that could not be reached or refused the alert.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How long one delivery may take, from connecting to the answer's status.
    var timeout: TimeAmount = .seconds(10)
    /// TLS for `https` receivers: the system's trust roots and full verification, unless a test gives its own roots.
    var tls: TLSConfiguration = .makeClientConfiguration()

    func send(_ body: Data, to destination: WebhookDestination) async throws {
        guard !destination.addresses.isEmpty else { throw Failure(description: "the webhook's host resolved to no address") }
        let context: NIOSSLContext?
        do {
            context = destination.usesTLS ? try NIOSSLContext(configuration: tls) : nil
        } catch {
            throw Failure(description: "TLS could not be set up for the webhook: \(error)")
        }
        var failures: [String] = []
        // Each checked address in the resolver's order, as a browser tries a name's addresses; the first that answers is used.
        for text in destination.addressTexts {
            let channel: NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>
            do {
                channel = try await connect(to: try SocketAddress(ipAddress: text, port: destination.port), destination, tls: context)
            } catch {
                failures.append("\(text): \(error)")
                continue
            }
            let status = try await post(body, to: destination, over: channel)
            guard (200..<300).contains(status) else {
                let redirect = (300..<400).contains(status) ? " (a redirect, which webhooks do not follow)" : ""
                throw Failure(description: "the webhook answered HTTP \(status)\(redirect)")
            }
            return
        }
        throw Failure(description: "the webhook could not be reached (\(failures.joined(separator: "; ")))")
    }

    /// A connection to `address`, with TLS for `destination`'s host when `tls` is given, ready for HTTP/1.1.
    private func connect(
        to address: SocketAddress, _ destination: WebhookDestination, tls: NIOSSLContext?
    ) async throws -> NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart> {
        let serverName = destination.hostIsAnAddress ? nil : destination.host
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(to: address) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        // The name given here is both the server name sent and the one the certificate must be valid for.
                        try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: serverName))
                    }
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    return try NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// POSTs `body` over `channel` and returns the answer's status; the connection is closed after it.
    private func post(
        _ body: Data, to destination: WebhookDestination, over channel: NIOAsyncChannel<HTTPClientResponsePart, HTTPClientRequestPart>
    ) async throws -> Int {
        // A receiver that never answers is cut off: closing the channel ends the wait for its answer. What
        // cut it is kept, so that a silent receiver and one that hung up are told apart in the message.
        let cutOff = CutOff()
        let deadline = channel.channel.eventLoop.scheduleTask(in: timeout) {
            cutOff.happened.withLock { $0 = true }
            channel.channel.close(promise: nil)
        }
        defer { deadline.cancel() }
        var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: destination.target)
        head.headers.add(name: "Host", value: destination.hostHeader)
        head.headers.add(name: "Content-Type", value: "application/json")
        head.headers.add(name: "Content-Length", value: String(body.count))
        head.headers.add(name: "User-Agent", value: "truce")
        head.headers.add(name: "Connection", value: "close")
        let request = head
        do {
            let status: Int? = try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(.head(request))
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: body))))
                try await outbound.write(.end(nil))
                for try await part in inbound {
                    // An informational answer (1xx) is followed by the real one.
                    if case .head(let response) = part, response.status.code >= 200 { return Int(response.status.code) }
                }
                return nil
            }
            if let status { return status }
            throw cutOff.failure(after: timeout) ?? Failure(description: "the webhook closed the connection without answering")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw cutOff.failure(after: timeout) ?? Failure(description: "the webhook could not be reached: \(error)")
        }
    }

    /// Whether a delivery's deadline closed its connection.
    private final class CutOff: Sendable {
        let happened = Mutex(false)

        /// The failure of a receiver that did not answer within `timeout`, when the deadline cut it off.
        func failure(after timeout: TimeAmount) -> Failure? {
            happened.withLock { $0 } ? Failure(description: "the webhook did not answer within \(timeout.seconds) seconds") : nil
        }
    }
}

extension TimeAmount {
    /// Whole seconds, for messages.
    fileprivate var seconds: Int64 { nanoseconds / 1_000_000_000 }
}
