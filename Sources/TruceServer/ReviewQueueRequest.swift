import Foundation
import Hummingbird
import TruceCore
import TruceModel

/// The review queue's filters, order and page, the same on the page and the API: `kind`, `modality`,
/// `event_type`, `min_confidence`, `max_confidence`, `sort` (`-confidence`, `confidence`, `id`), `limit`, `offset`.
struct ReviewQueueRequest: Sendable {
    var query: ReviewQueueQuery

    /// The furthest a page may start.
    static let maximumOffset = 100_000_000

    init(_ request: Request) throws {
        let fields = QueryFields(request)
        var query = ReviewQueueQuery()
        if let kind = try fields.text("kind") {
            guard let value = CandidateKind(rawValue: kind) else {
                throw ServerError.invalid("kind", "'kind' must be one of \(CandidateKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.kind = value
        }
        if let modality = try fields.text("modality") {
            guard let value = Modality(rawValue: modality) else {
                throw ServerError.invalid("modality", "'modality' must be one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.modality = value
        }
        query.eventType = try fields.text("event_type")
        query.minimumConfidence = try Self.confidence(fields, "min_confidence")
        query.maximumConfidence = try Self.confidence(fields, "max_confidence")
        if let sort = try fields.text("sort") {
            guard let order = ReviewQueueQuery.Order(rawValue: sort) else {
                throw ServerError.invalid("sort", "'sort' must be one of \(ReviewQueueQuery.Order.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.order = order
        }
        query.limit = try fields.integer("limit", in: 1...TruceApp.maximumReviewPage, default: 50)
        query.offset = try fields.integer("offset", in: 0...Self.maximumOffset, default: 0)
        self.query = query
    }

    private static func confidence(_ fields: QueryFields, _ name: String) throws -> Double? {
        guard let text = try fields.text(name) else { return nil }
        guard let value = Double(text), value.isFinite, (0...1).contains(value) else {
            throw ServerError.invalid(name, "'\(name)' must be a number from 0 to 1")
        }
        return value
    }

    /// The filters and order as query pairs, for the page's links and forms.
    var pairs: [(String, String?)] {
        [
            ("kind", query.kind?.rawValue), ("modality", query.modality?.rawValue), ("event_type", query.eventType),
            ("min_confidence", query.minimumConfidence.map { String($0) }), ("max_confidence", query.maximumConfidence.map { String($0) }),
            ("sort", query.order.rawValue),
        ]
    }
}
