import Foundation
import Hummingbird
import Logging
import TruceCore
import TruceFormats
import TruceStorage

/// The shapes of the server's answers: HTML pages, JSON documents, downloads.
enum Responses {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    /// `value` in the one JSON style every front end writes (``JSONDocument``).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONDocument.data(value))))
    }

    /// The events matching `filter`, written by `writer` as a file to save, sent a page at a time as
    /// they are read from one state of the store (``TruceApp/streamEvents(matching:with:pageSize:send:)``),
    /// so a large export needs no more memory than a small one.
    ///
    /// The status goes out before the first event is read, so a failure part way cannot become an error
    /// page: it is logged and the connection is closed without the chunked body's last chunk, which
    /// clients report as an incomplete transfer (curl: exit 18; browsers: a failed download); the file
    /// also lacks its closing bytes (GeoJSON's `]}`). A client that hangs up part way stops the export
    /// too (the store stops reading): that is one line at `info` (`export.client_gone`), not an error.
    static func download<Writer: EventStreamWriter & Sendable>(
        streaming filter: EventFilter, from app: TruceApp, logger: Logger, with writer: Writer, contentType: String, filename: String
    ) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(filename)\""],
            body: ResponseBody { body in
                var sent = 0
                var bytesSent = 0
                var clientGone = false
                do {
                    sent = try await app.streamEvents(matching: filter, with: writer) { bytes in
                        do {
                            try await body.write(ByteBuffer(bytes: bytes))
                        } catch {
                            // Only the connection to the client fails a write: the client went away.
                            clientGone = true
                            throw error
                        }
                        bytesSent += bytes.count
                    }
                } catch {
                    if clientGone {
                        logger.info("export.client_gone", metadata: ["export.file": "\(filename)", "export.bytes": "\(bytesSent)"])
                    } else {
                        logger.error("export.cut", metadata: ["export.file": "\(filename)", "error": "\(error)"])
                    }
                    // Thrown on, Hummingbird closes the connection: the body's end is never written.
                    throw error
                }
                try await body.finish(nil)
                logger.debug("export.sent", metadata: ["export.file": "\(filename)", "export.events": "\(sent)"])
            })
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
