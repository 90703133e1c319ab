import Foundation
import TruceCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Posts alerts to webhooks over HTTP with Foundation's URL loading, giving up on a receiver after 10 seconds.
struct URLSessionWebhookSender: WebhookSender {
    /// A receiver that could not be reached or refused the alert.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func send(_ body: Data, to url: String) async throws {
        guard let address = URL(string: url) else { throw Failure(description: "the webhook address is not a URL") }
        var request = URLRequest(url: address, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("truce", forHTTPHeaderField: "User-Agent")
        request.httpBody = body
        let response: URLResponse
        do {
            (_, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw Failure(description: "the webhook could not be reached: \(error.localizedDescription)")
        }
        guard let status = (response as? HTTPURLResponse)?.statusCode, (200..<300).contains(status) else {
            throw Failure(description: "the webhook answered HTTP \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        }
    }
}
