import Foundation
import Hummingbird
import TruceCore
import TruceModel

/// What every route handler shares: the core, the agreements and the body limit.
struct Handlers: Sendable {
    let app: TruceApp
    let agreements: AgreementLibrary
    let maximumBodyBytes: Int

    /// The furthest after the signing an assessment may be asked for.
    static let maximumYearsAfterSigning = 30

    /// The agreement named by the path parameter `agreement`, percent-decoded and checked.
    func agreement(_ context: BasicRequestContext) async throws -> Agreement {
        let raw = try context.parameters.require("agreement")
        return try await agreements.agreement(id: raw.removingPercentEncoding ?? raw)
    }

    /// The day to assess: `as_of`, or today; from the signing to ``maximumYearsAfterSigning`` years after.
    func asOf(_ request: Request, for agreement: Agreement) throws -> Day {
        let day = try QueryFields(request).day("as_of") ?? app.clock.today
        let latest = agreement.signed.adding(months: 12 * Self.maximumYearsAfterSigning)
        guard day >= agreement.signed, day <= latest else {
            throw ServerError.invalid(
                "as_of", "'as_of' must be from the signing, \(agreement.signed.iso), to \(latest.iso); it is \(day.iso)")
        }
        return day
    }

    /// The assessment a request asks for (`as_of`, `reading`); assessing here never writes to the store.
    func assessment(_ request: Request, of agreement: Agreement) async throws -> Assessment {
        let asOf = try asOf(request, for: agreement)
        let reading = try QueryFields(request).text("reading")
        return try await app.assess(AssessmentRequest(agreement: agreement, asOf: asOf, reading: reading, registerActors: false))
    }

    /// The request's body, at most the limit.
    func body(_ request: Request) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: maximumBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(
                .contentTooLarge, code: "body_too_large", "the request body is larger than \(maximumBodyBytes) bytes", field: "body")
        }
    }
}
