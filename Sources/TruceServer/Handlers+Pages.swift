import Hummingbird
import TruceCore
import TruceFormats
import TruceModel

extension Handlers {
    /// The HTML pages and the exports.
    func addPages(to router: Router<ServerContext>) {
        route(router, .get, "/") { _, _ in Responses.redirect(to: "/agreements") }
        route(router, .get, "/assets/truce.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        route(router, .get, "/agreements") { _, _ in
            Responses.html(AgreementPages.list(try await agreements.agreements()))
        }
        route(router, .get, "/agreements/:agreement") { request, context in
            let agreement = try await agreement(context)
            // Rendered once per kept assessment: the page is a pure function of it and the agreement.
            let page = try await assessments.derived(assessmentRequest(request, of: agreement), named: "page") { assessment in
                AgreementPages.assessment(assessment, of: agreement)
            }
            return Responses.html(page)
        }
        route(router, .get, "/agreements/:agreement/provisions/:provision") { request, context in
            let agreement = try await agreement(context)
            let raw = try context.parameters.require("provision")
            let id = raw.removingPercentEncoding ?? raw
            let assessment = try await assessment(request, of: agreement)
            guard let item = assessment.provision(id) else {
                throw ServerError(.notFound, code: "not_found", "\(agreement.id) has no provision '\(id)'", field: "provision")
            }
            return Responses.html(AgreementPages.evidence(item, of: agreement, asOf: assessment.asOf))
        }
        route(router, .get, "/agreements/:agreement/timeline") { request, context in
            let agreement = try await agreement(context)
            let asOf = try asOf(request, for: agreement)
            let query = try EventListQuery(request)
            let grouping = try Self.grouping(request)
            let (marks, windows) = EventTimelineSVG.marks(of: agreement)
            // A rate provision's baseline (a reduction in violence) may come before the signing.
            let from = min(agreement.signed, windows.map { $0.from }.min() ?? agreement.signed)
            let counts = try await app.dailyEventCounts(matching: query.filter, from: from, to: asOf, by: grouping)
            let svg = EventTimelineSVG(
                counts: counts, marks: marks, windows: windows, linkPairs: query.filterPairs.filter { $0.0 != "from" && $0.0 != "to" })
            return Responses.html(AgreementPages.timeline(svg.render(), agreement: agreement, asOf: asOf, query: query, grouping: grouping))
        }
        route(router, .get, "/events") { request, _ in
            let query = try EventListQuery(request)
            let page = try await totals.page(matching: query.filter, limit: query.limit, offset: query.offset, countCap: EventListQuery.countCap)
            return Responses.html(EventPages.list(page, query: query))
        }
        route(router, .get, "/events/map") { request, _ in
            let query = try EventListQuery(request)
            let map = try await app.eventMap(matching: query.filter)
            return Responses.html(EventPages.map(map, query: query))
        }
        route(router, .get, "/events/export.csv") { request, context in
            let query = try EventListQuery(request)
            return Responses.download(
                streaming: query.filter, from: app, logger: context.logger, with: ACLEDCSVWriter(), contentType: "text/csv; charset=utf-8",
                filename: "events.csv")
        }
        route(router, .get, "/events/export.geojson") { request, context in
            let query = try EventListQuery(request)
            return Responses.download(
                streaming: query.filter, from: app, logger: context.logger, with: GeoJSONWriter(), contentType: "application/geo+json",
                filename: "events.geojson")
        }
    }

    /// The timeline's grouping, from `stack` (`none`, `type` or `pair`).
    static func grouping(_ request: Request) throws -> EventGrouping {
        guard let raw = try QueryFields(request).text("stack") else { return .none }
        guard let grouping = EventGrouping(rawValue: raw) else {
            throw ServerError.invalid("stack", "'stack' must be one of \(EventGrouping.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return grouping
    }
}
