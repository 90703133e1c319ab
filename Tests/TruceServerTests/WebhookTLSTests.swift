import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization
import Testing
import TruceCore
import TruceTestSupport

@testable import TruceServer

/// The `openssl` command, which makes the tests' certificates.
private let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// `https` webhooks: the sender connects to the checked address yet speaks TLS to the host's name (its
/// server name, and a certificate verified for it). Certificates are made for each test with the
/// `openssl` command; the tests are skipped where it is missing.
@Suite(.enabled(if: openssl != nil)) struct WebhookTLSTests {
    /// A test authority and a certificate it signed for `name`, as PEM files in a fresh folder.
    struct Certificates {
        let authority: String
        let certificate: String
        let key: String

        init(for name: String) throws {
            let folder = try TestPaths.temporaryDirectory("truce-tls")
            func path(_ file: String) -> String { folder.appendingPathComponent(file).path }
            try "subjectAltName=DNS:\(name)\n".write(toFile: path("san.ext"), atomically: true, encoding: .utf8)
            let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
            try Self.run(["req", "-x509"] + curve + ["-keyout", path("ca.key"), "-out", path("ca.pem"), "-days", "2", "-subj", "/CN=Truce Test CA"])
            try Self.run(["req"] + curve + ["-keyout", path("leaf.key"), "-out", path("leaf.csr"), "-subj", "/CN=\(name)"])
            try Self.run([
                "x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
                "-out", path("leaf.pem"), "-days", "2", "-extfile", path("san.ext"),
            ])
            authority = path("ca.pem")
            certificate = path("leaf.pem")
            key = path("leaf.key")
        }

        static func run(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: openssl!)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// An HTTPS receiver on 127.0.0.1 that answers 200 and keeps each request's `Host` header.
    final class Receiver: ChannelInboundHandler, Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let hosts = Mutex<[String]>([])

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): hosts.withLock { $0.append(head.headers["Host"].first ?? "") }
            case .body: break
            case .end:
                let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: ["Content-Length": "0", "Connection": "close"])
                // The sender closes the connection once it has the status.
                context.write(wrapOutboundOut(.head(head)), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }

        /// Serves with `certificates` until `body` returns; `body` gets the port.
        func serving<T>(_ certificates: Certificates, _ body: (Int) async throws -> T) async throws -> T {
            let context = try NIOSSLContext(
                configuration: .makeServerConfiguration(
                    certificateChain: try NIOSSLCertificate.fromPEMFile(certificates.certificate).map { .certificate($0) },
                    privateKey: .privateKey(try NIOSSLPrivateKey(file: certificates.key, format: .pem))))
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                        try channel.pipeline.syncOperations.addHandler(self)
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
            do {
                let value = try await body(channel.localAddress!.port!)
                try await channel.close()
                return value
            } catch {
                try? await channel.close()
                throw error
            }
        }
    }

    /// A destination for `name` on `port` whose only checked address is 127.0.0.1.
    static func destination(_ name: String, port: Int) -> WebhookDestination {
        WebhookDestination(
            url: "https://\(name):\(port)/hook", usesTLS: true, host: name, port: port, target: "/hook", addresses: [[127, 0, 0, 1]])
    }

    static func sender(trusting certificates: Certificates) throws -> HTTPWebhookSender {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(certificates.authority))
        return HTTPWebhookSender(timeout: HTTPWebhookSender.patient.timeout, tls: tls)
    }

    @Test func anHTTPSWebhookIsVerifiedForItsNameWhileConnectingToTheCheckedAddress() async throws {
        let certificates = try Certificates(for: "hooks.rebinding.test")
        let receiver = Receiver()
        try await receiver.serving(certificates) { port in
            try await Self.sender(trusting: certificates).send(Data("{}".utf8), to: Self.destination("hooks.rebinding.test", port: port))
            #expect(receiver.hosts.withLock { $0 } == ["hooks.rebinding.test:\(port)"])
        }
    }

    @Test func aCertificateForAnotherNameIsRefused() async throws {
        let certificates = try Certificates(for: "someone-else.test")
        let receiver = Receiver()
        try await receiver.serving(certificates) { port in
            let error = await #expect(throws: HTTPWebhookSender.Failure.self) {
                try await Self.sender(trusting: certificates).send(Data("{}".utf8), to: Self.destination("hooks.rebinding.test", port: port))
            }
            #expect(error?.description.contains("could not be reached") == true, "\(error?.description ?? "")")
            #expect(receiver.hosts.withLock { $0 }.isEmpty, "no request was sent")
        }
    }

    @Test func anUntrustedAuthorityIsRefused() async throws {
        let certificates = try Certificates(for: "hooks.rebinding.test")
        let receiver = Receiver()
        try await receiver.serving(certificates) { port in
            // The system's trust roots, which do not hold the test's authority.
            await #expect(throws: HTTPWebhookSender.Failure.self) {
                try await HTTPWebhookSender.patient.send(Data("{}".utf8), to: Self.destination("hooks.rebinding.test", port: port))
            }
            #expect(receiver.hosts.withLock { $0 }.isEmpty)
        }
    }
}
