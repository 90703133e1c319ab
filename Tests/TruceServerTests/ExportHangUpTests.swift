import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import TruceServer

/// A client that hangs up part way through a streamed export: the server stops the export and logs
/// one line at `info` (`export.client_gone`, with the file and the bytes sent), and no error.
@Suite struct ExportHangUpTests {
    /// Keeps every line logged through it, with its metadata.
    final class Recorder: Sendable {
        struct Line: Sendable {
            var level: Logger.Level
            var message: String
            var metadata: [String: String]
        }

        let lines = Mutex<[Line]>([])

        var logger: Logger {
            var logger = Logger(label: "truce-test") { _ in Handler(recorder: self) }
            logger.logLevel = .debug
            return logger
        }

        /// The lines logged so far whose message is `message`.
        func lines(_ message: String) -> [Line] { lines.withLock { $0.filter { $0.message == message } } }

        struct Handler: LogHandler {
            let recorder: Recorder
            var metadata: Logger.Metadata = [:]
            var logLevel: Logger.Level = .debug

            subscript(metadataKey key: String) -> Logger.Metadata.Value? {
                get { metadata[key] }
                set { metadata[key] = newValue }
            }

            func log(event: LogEvent) {
                let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
                let line = Line(level: event.level, message: event.message.description, metadata: all.mapValues { "\($0)" })
                recorder.lines.withLock { $0.append(line) }
            }
        }
    }

    @Test(arguments: ["/events/export.csv", "/events/export.geojson"])
    func aClientThatHangsUpIsLoggedOnceAsGoneAndNotAsAnError(path: String) async throws {
        // 20,000 events of about a kilobyte: far more than the sockets' buffers hold, so the server is
        // still writing when the client goes.
        let fixture = try await ExportCutTests.fixture(events: 20_000)
        let recorder = Recorder()
        let server = TruceServer.application(
            configuration: ServerConfiguration(port: 0, publicRead: true), app: fixture.app, agreements: fixture.agreements,
            accounts: fixture.accounts, alerts: nil, logger: recorder.logger)
        // The download is named `events.EXT` whatever the route.
        let filename = "events." + URL(fileURLWithPath: path).pathExtension
        try await server.test(.live) { client in
            let port = try #require(client.port)
            var connection: RawHTTP.Connection? = try await RawHTTP.open(port: port, path: path)
            let received = try await connection?.read(atLeast: 64 * 1024) ?? []
            #expect(String(decoding: received.prefix(12), as: UTF8.self) == "HTTP/1.1 200")
            // The socket is closed with bytes unread, which the kernel answers with a reset: the client hung up.
            connection = nil
            // The server notices at its next write; under load that may take a while, so wait for the line.
            let deadline = ContinuousClock.now + .seconds(120)
            while recorder.lines("export.client_gone").isEmpty && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        let gone = recorder.lines("export.client_gone")
        #expect(gone.count == 1, "one line for the hang-up")
        let line = try #require(gone.first)
        #expect(line.level == .info)
        #expect(line.metadata["export.file"] == filename)
        let bytes = try #require(Int(line.metadata["export.bytes"] ?? ""), "the bytes sent: \(line.metadata)")
        #expect(bytes >= 64 * 1024 - 1024 && bytes < 20_000 * 900, "sent part of the file before the hang-up: \(bytes)")
        #expect(recorder.lines("export.cut").isEmpty, "a hang-up is not an export cut by the server")
        #expect(recorder.lines("export.sent").isEmpty, "the export did not finish")
        #expect(recorder.lines.withLock { $0 }.allSatisfy { $0.level < .error }, "no error logged")
    }
}
