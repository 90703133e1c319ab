import Hummingbird
import TruceCore
import TruceFormats
import TruceModel

/// An agreement as the API lists it.
struct AgreementSummary: Encodable {
    var id: String
    var title: String
    var signed: String
    var parties: [String]
    var provisions: Int

    init(_ agreement: Agreement) {
        id = agreement.id
        title = agreement.title
        signed = agreement.signed.iso
        parties = agreement.parties
        provisions = agreement.provisions.count
    }
}

/// What checking an agreement's YAML found: the agreement, or every problem with its line.
struct AgreementCheck: Encodable {
    struct Problem: Encodable {
        var line: Int?
        var column: Int?
        var message: String
    }
    var valid: Bool
    var agreement: AgreementSummary?
    var errors: [Problem]
}

extension Handlers {
    /// The routes of the JSON API, listed at `/api/v1`.
    static let apiRoutes = [
        "GET /api/v1/agreements",
        "GET /api/v1/agreements/{agreement}",
        "GET /api/v1/agreements/{agreement}/assessment?as_of=YYYY-MM-DD&reading=NAME",
        "POST /api/v1/agreements (admin; body: agreement YAML)",
        "DELETE /api/v1/agreements/{agreement} (admin)",
        "POST /api/v1/agreements/check (body: agreement YAML)",
        "GET /api/v1/events?from&to&actor&type&admin1&country&dataset&limit&offset",
        "POST /api/v1/events/search (body: a JSON object of the same fields)",
        "POST /api/v1/events (analyst; body: a JSON object of an event's fields)",
        "PATCH /api/v1/events/manual/{key} (analyst; body: the fields to change)",
        "POST /api/v1/observations, POST /api/v1/claims (analyst; body: a JSON object of the file's columns)",
        "POST /api/v1/imports/{acled|ucdp|gdelt|observations|claims|articles}?name=FILE (analyst; body: the file)",
        "GET /api/v1/review?kind&modality&event_type&min_confidence&max_confidence&sort&limit&offset (analyst)",
        "GET|PATCH /api/v1/review/{cluster}, POST /api/v1/review/{cluster}/accept|reject (analyst)",
        "GET /api/v1/tokens, POST /api/v1/tokens, DELETE /api/v1/tokens/{token} (signed in)",
        "GET /api/v1/audit?kind&record&actor&limit&offset, POST /api/v1/audit/{entry}/restore (admin)",
        "GET /api/v1/deadlines?as_of=YYYY-MM-DD",
        "GET /api/v1/alerts?agreement&limit",
        "PUT /api/v1/agreements/{agreement}/webhook (admin; body: {\"url\": \"https://…\"})",
        "DELETE /api/v1/agreements/{agreement}/webhook (admin)",
        "GET /api/v1/openapi.json (the OpenAPI 3.1 document)",
    ]

    /// The JSON API under `/api/v1`.
    func addAPI(to router: Router<ServerContext>) {
        route(router, .get, "/api/v1") { _, _ in try Responses.json(["routes": Self.apiRoutes]) }
        route(router, .get, "/api/v1/openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        route(router, .get, "/api/v1/agreements") { _, _ in
            try Responses.json(try await agreements.agreements().map(AgreementSummary.init))
        }
        route(router, .get, "/api/v1/agreements/:agreement") { _, context in
            try Responses.json(try await agreement(context))
        }
        route(router, .get, "/api/v1/agreements/:agreement/assessment") { request, context in
            let agreement = try await agreement(context)
            return try Responses.json(try await assessment(request, of: agreement))
        }
        route(router, .post, "/api/v1/agreements") { request, context in
            let yaml = String(decoding: try await body(request).readableBytesView, as: UTF8.self)
            let agreement = try await agreements.add(yaml: yaml, name: "body", by: try signedIn(context).user)
            return try Responses.json(AgreementSummary(agreement), status: .created)
        }
        route(router, .delete, "/api/v1/agreements/:agreement") { _, context in
            try await agreements.remove(id: try agreementID(context), by: try signedIn(context).user)
            return Response(status: .noContent)
        }
        route(router, .post, "/api/v1/agreements/check") { request, _ in
            let body = try await body(request)
            let yaml = String(decoding: body.readableBytesView, as: UTF8.self)
            do {
                let agreement = try app.agreement(yaml: yaml, name: "body")
                return try Responses.json(AgreementCheck(valid: true, agreement: AgreementSummary(agreement), errors: []))
            } catch let error as AgreementErrors {
                let problems = error.errors.map { AgreementCheck.Problem(line: $0.location?.line, column: $0.location?.column, message: $0.message) }
                return try Responses.json(AgreementCheck(valid: false, agreement: nil, errors: problems), status: .unprocessableContent)
            }
        }
        route(router, .get, "/api/v1/events") { request, _ in
            let query = try EventListQuery(request)
            return try Responses.json(
                EventList(try await totals.page(matching: query.filter, limit: query.limit, offset: query.offset, countCap: EventListQuery.countCap)))
        }
        route(router, .post, "/api/v1/events/search") { request, _ in
            let fields = try QueryFields(json: try await body(request), known: EventListQuery.fieldNames)
            let query = try EventListQuery(fields: fields)
            return try Responses.json(
                EventList(try await totals.page(matching: query.filter, limit: query.limit, offset: query.offset, countCap: EventListQuery.countCap)))
        }
    }
}
