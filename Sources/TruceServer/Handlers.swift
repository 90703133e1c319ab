import Foundation
import Hummingbird
import TruceCore
import TruceModel

/// What every route handler shares: the core, the agreements, the accounts, the alerts and the configuration.
struct Handlers: Sendable {
    let app: TruceApp
    let agreements: AgreementLibrary
    let accounts: Accounts
    /// Nil for a server that watches no agreement for status changes.
    let alerts: Alerts?
    let configuration: ServerConfiguration
    /// Assessments shared by every request, renewed when the evidence changes.
    let assessments: AssessmentCache
    /// The totals of event lists, shared by every request, counted afresh when the evidence changes.
    let totals: EventTotals

    var maximumBodyBytes: Int { configuration.maximumBodyBytes }

    /// The alerts, or a 501 saying this server watches none.
    func requireAlerts() throws -> Alerts {
        guard let alerts else {
            throw ServerError(.notImplemented, code: "not_implemented", "this server keeps no webhooks or alerts", field: nil)
        }
        return alerts
    }

    /// The core's recorded writes, the path `truce import` and `truce review` take too: watched for status
    /// changes, and refused without an audit log (the server never writes unaudited).
    var writes: RecordedWrites { RecordedWrites(app: app, alerts: alerts) }

    /// Runs `change`, a write of evidence, through ``RecordedWrites/recording(_:)``, so the webhooks hear of
    /// the status changes it causes.
    func recordingAlerts<T: Sendable>(_ change: () async throws -> T) async throws -> T {
        try await writes.recording(change).value
    }

    /// The furthest after the signing an assessment may be asked for.
    static let maximumYearsAfterSigning = 30
    /// The header a cookie-signed request outside a form carries its CSRF token in.
    static let csrfHeader = HTTPFields.Element.Name("X-CSRF-Token")!
    /// The cookie of the CSRF token for forms sent before signing in (double submit).
    static let csrfCookie = "truce_csrf"

    /// Every route and who may call it: the one list that registration and the authorization tests read.
    static let rules: [RouteRule] = baseRules + auditRules + tokenRules + importRules + reviewRules + evidenceRules + userRules

    /// The routes of the pages, accounts and read API; each later area keeps its list in its own file.
    static let baseRules: [RouteRule] = [
        RouteRule(method: .get, path: "/", access: .anyone),
        RouteRule(method: .get, path: "/assets/truce.css", access: .anyone),
        RouteRule(method: .get, path: "/login", access: .anyone),
        RouteRule(method: .post, path: "/login", access: .anyone),
        RouteRule(method: .post, path: "/logout", access: .role(.viewer)),
        RouteRule(method: .get, path: "/account", access: .role(.viewer)),
        RouteRule(method: .get, path: "/admin/users", access: .role(.admin)),
        RouteRule(method: .post, path: "/admin/users", access: .role(.admin)),
        RouteRule(method: .get, path: "/agreements", access: .read),
        RouteRule(method: .get, path: "/agreements/:agreement", access: .read),
        RouteRule(method: .get, path: "/agreements/:agreement/provisions/:provision", access: .read),
        RouteRule(method: .get, path: "/agreements/:agreement/timeline", access: .read),
        RouteRule(method: .get, path: "/agreements/:agreement/edit", access: .role(.admin)),
        RouteRule(method: .post, path: "/agreements/:agreement/edit", access: .role(.admin)),
        RouteRule(method: .get, path: "/agreements/new", access: .role(.admin)),
        RouteRule(method: .post, path: "/agreements/new", access: .role(.admin)),
        RouteRule(method: .get, path: "/deadlines", access: .read),
        RouteRule(method: .get, path: "/deadlines.ics", access: .read),
        RouteRule(method: .post, path: "/admin/webhooks", access: .role(.admin)),
        RouteRule(method: .get, path: "/events", access: .read),
        RouteRule(method: .get, path: "/events/map", access: .read),
        RouteRule(method: .get, path: "/events/export.csv", access: .read),
        RouteRule(method: .get, path: "/events/export.geojson", access: .read),
        RouteRule(method: .get, path: "/api/v1", access: .read),
        RouteRule(method: .get, path: "/api/v1/openapi.json", access: .anyone),
        RouteRule(method: .get, path: "/api/v1/deadlines", access: .read),
        RouteRule(method: .get, path: "/api/v1/alerts", access: .read),
        RouteRule(method: .put, path: "/api/v1/agreements/:agreement/webhook", access: .role(.admin)),
        RouteRule(method: .delete, path: "/api/v1/agreements/:agreement/webhook", access: .role(.admin)),
        RouteRule(method: .get, path: "/api/v1/agreements", access: .read),
        RouteRule(method: .post, path: "/api/v1/agreements", access: .role(.admin)),
        RouteRule(method: .get, path: "/api/v1/agreements/:agreement", access: .read),
        RouteRule(method: .delete, path: "/api/v1/agreements/:agreement", access: .role(.admin)),
        RouteRule(method: .get, path: "/api/v1/agreements/:agreement/assessment", access: .read),
        RouteRule(method: .post, path: "/api/v1/agreements/check", access: .read),
        RouteRule(method: .get, path: "/api/v1/events", access: .read),
        RouteRule(method: .post, path: "/api/v1/events/search", access: .read),
    ]

    /// Registers `handler` for `method` and `path` behind its rule in ``rules``: the caller's role is
    /// checked first, then, for anything but GET, the request's CSRF token.
    func route(
        _ router: Router<ServerContext>, _ method: HTTPRequest.Method, _ path: String,
        _ handler: @escaping @Sendable (Request, ServerContext) async throws -> Response
    ) {
        guard let rule = Self.rules.first(where: { $0.method == method && $0.path == path }) else {
            preconditionFailure("no access rule for \(method) \(path): add one to Handlers.rules")
        }
        router.on(RouterPath(path), method: method) { request, context in
            if let refusal = refusal(rule.access, request, context) { return refusal }
            var context = context
            var request = request
            if method != .get && method != .head { try await checkCSRF(&request, &context) }
            return try await handler(request, context)
        }
    }

    /// The answer to a caller who may not use a route: nil when they may. Pages send a caller who
    /// is not signed in to the login page; the API answers 401; a signed-in caller without the role gets 403.
    func refusal(_ access: Access, _ request: Request, _ context: ServerContext) -> Response? {
        if access == .read && configuration.publicRead { return nil }
        guard let minimum = access.minimumRole else { return nil }
        guard let signedIn = context.signedIn else {
            if request.uri.path.hasPrefix("/api/") {
                return
                    (try? ServerError(.unauthorized, code: "unauthorized", "sign in first: POST /login", field: nil).response(
                        from: request, context: context))
            }
            return Responses.redirect(to: "/login" + HTML.rawQuery([("next", request.uri.path)]))
        }
        guard signedIn.role >= minimum else {
            let error = ServerError(.forbidden, code: "forbidden", "this needs the \(minimum.rawValue) role; you are \(signedIn.role.rawValue)")
            return try? error.response(from: request, context: context)
        }
        return nil
    }

    /// Checks that a state-changing request was sent by the dashboard's own pages: a form's `csrf`
    /// field (the session's token, or before signing in the `truce_csrf` cookie), or the
    /// `X-CSRF-Token` header of a request that carries the session cookie. Requests without
    /// cookies, and API requests signed by a bearer token (which a browser never adds on its own),
    /// carry no ambient authority and need no token.
    func checkCSRF(_ request: inout Request, _ context: inout ServerContext) async throws {
        let isForm = request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false
        let expected = context.signedIn?.csrfToken ?? request.cookies[Self.csrfCookie]?.value
        if isForm {
            let body = try await body(request)
            request.body = RequestBody(buffer: body)
            context.form = FormFields.parse(String(decoding: body.readableBytesView, as: UTF8.self))
            guard let expected, !expected.isEmpty, context.form["csrf"] == expected else {
                throw ServerError(
                    .forbidden, code: "csrf", "the form's CSRF token is missing or stale; reload the page and send it again", field: "csrf")
            }
        } else if !context.viaBearer, let expected = context.signedIn?.csrfToken {
            guard request.headers[Self.csrfHeader] == expected else {
                throw ServerError(
                    .forbidden, code: "csrf", "a request signed in by cookie needs the session's token in the X-CSRF-Token header",
                    field: "X-CSRF-Token")
            }
        }
    }

    /// The agreement named by the path parameter `agreement`, percent-decoded and checked.
    func agreement(_ context: ServerContext) async throws -> Agreement {
        try await agreements.agreement(id: agreementID(context))
    }

    /// The path parameter `agreement`, percent-decoded.
    func agreementID(_ context: ServerContext) throws -> String {
        let raw = try context.parameters.require("agreement")
        return raw.removingPercentEncoding ?? raw
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
        try await assessments.assessment(try assessmentRequest(request, of: agreement))
    }

    /// What a request asks to assess (`as_of`, `reading`), never writing to the store.
    func assessmentRequest(_ request: Request, of agreement: Agreement) throws -> AssessmentRequest {
        let asOf = try asOf(request, for: agreement)
        let reading = try QueryFields(request).text("reading")
        return AssessmentRequest(agreement: agreement, asOf: asOf, reading: reading, registerActors: false)
    }

    /// The request's body, at most `limit` bytes (the configuration's body limit unless given).
    func body(_ request: Request, limit: Int? = nil) async throws -> ByteBuffer {
        let limit = limit ?? maximumBodyBytes
        do {
            return try await request.body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(.contentTooLarge, code: "body_too_large", "the request body is larger than \(limit) bytes", field: "body")
        }
    }
}
