import Foundation
import TruceCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Posts alerts to webhooks over HTTP with Foundation's URL loading, giving up on a receiver after 10 seconds.
/// Redirects are not followed: the address was checked, where it redirects to was not (it could be the
/// server's own network), so a redirect is a failure like any answer other than 2xx.
struct URLSessionWebhookSender: WebhookSender {
    /// A receiver that could not be reached or refused the alert.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Refuses every redirect, so the redirect itself is the answer.
    private final class RefusingRedirects: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
            completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    private static let session = URLSession(configuration: .ephemeral, delegate: RefusingRedirects(), delegateQueue: nil)

    func send(_ body: Data, to url: String) async throws {
        guard let address = URL(string: url) else { throw Failure(description: "the webhook address is not a URL") }
        var request = URLRequest(url: address, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("truce", forHTTPHeaderField: "User-Agent")
        request.httpBody = body
        let response: URLResponse
        do {
            (_, response) = try await Self.session.data(for: request, delegate: RefusingRedirects())
        } catch {
            throw Failure(description: "the webhook could not be reached: \(error.localizedDescription)")
        }
        guard let status = (response as? HTTPURLResponse)?.statusCode, (200..<300).contains(status) else {
            let code = (response as? HTTPURLResponse)?.statusCode ?? 0
            let redirect = (300..<400).contains(code) ? " (a redirect, which webhooks do not follow)" : ""
            throw Failure(description: "the webhook answered HTTP \(code)\(redirect)")
        }
    }
}
