import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.json`.
///
/// Written here by hand, once: a test compares its paths and methods with ``Handlers/rules`` both
/// ways, so a route cannot be added, removed or renamed without the document following.
enum OpenAPIDocument {
    /// One documented operation.
    struct Operation {
        var method: String
        /// The path with `{name}` parameters, as OpenAPI writes it.
        var path: String
        var summary: String
        var query: [String] = []
        /// The request body's media type and a description, when there is one.
        var body: (type: String, description: String)?
        /// The success status and what it returns.
        var success: (status: String, description: String, schema: String?)
        /// The least role needed, for the description; nil for anyone.
        var role: String? = "viewer (or anyone in public mode)"
    }

    static let eventQuery = ["from", "to", "actor", "type", "admin1", "country", "dataset", "limit", "offset"]

    /// Every operation of the API.
    static let operations = readOperations + writeOperations

    /// The operations that read, and those of agreements and webhooks.
    static let readOperations: [Operation] = [
        Operation(method: "get", path: "/api/v1", summary: "The list of routes", success: ("200", "Route descriptions", nil)),
        Operation(
            method: "get", path: "/api/v1/openapi.json", summary: "This document", success: ("200", "The OpenAPI 3.1 document", nil), role: nil),
        Operation(
            method: "get", path: "/api/v1/agreements", summary: "Every kept agreement",
            success: ("200", "The agreements", "#/components/schemas/AgreementList")),
        Operation(
            method: "post", path: "/api/v1/agreements", summary: "Check and keep an agreement (as `truce agreement add`)",
            body: ("application/yaml", "The agreement's YAML"), success: ("201", "The agreement kept", "#/components/schemas/AgreementSummary"),
            role: "admin"),
        Operation(
            method: "post", path: "/api/v1/agreements/check", summary: "Check an agreement's YAML without keeping it",
            body: ("application/yaml", "The agreement's YAML"), success: ("200", "Valid; a 422 lists every problem with its line", nil)),
        Operation(
            method: "get", path: "/api/v1/agreements/{agreement}", summary: "One agreement, as loaded", success: ("200", "The agreement", nil)),
        Operation(
            method: "delete", path: "/api/v1/agreements/{agreement}", summary: "Remove an agreement", success: ("204", "Removed", nil),
            role: "admin"),
        Operation(
            method: "get", path: "/api/v1/agreements/{agreement}/assessment", summary: "The agreement assessed as of a day",
            query: ["as_of", "reading"], success: ("200", "The assessment", nil)),
        Operation(
            method: "put", path: "/api/v1/agreements/{agreement}/webhook", summary: "Set the agreement's webhook",
            body: ("application/json", "{\"url\": \"https://…\"}"), success: ("204", "Set", nil), role: "admin"),
        Operation(
            method: "delete", path: "/api/v1/agreements/{agreement}/webhook", summary: "Remove the agreement's webhook",
            success: ("204", "Removed", nil), role: "admin"),
        Operation(
            method: "get", path: "/api/v1/events", summary: "One page of the events matching the filters", query: eventQuery,
            success: ("200", "The page and the total", "#/components/schemas/EventList")),
        Operation(
            method: "post", path: "/api/v1/events/search", summary: "As GET /api/v1/events, the filters in a JSON object",
            body: ("application/json", "An object of the same fields"), success: ("200", "The page and the total", "#/components/schemas/EventList")),
        Operation(
            method: "get", path: "/api/v1/deadlines", summary: "Every provision's deadline across agreements, with its status", query: ["as_of"],
            success: ("200", "The deadlines, by due day", nil)),
        Operation(
            method: "get", path: "/api/v1/alerts", summary: "Status changes detected, newest first, with their webhook delivery",
            query: ["agreement", "limit"], success: ("200", "The alerts", nil)),
    ]

    /// The operations of the write path: evidence writes, uploads, the review queue, API tokens and the audit log.
    static let writeOperations: [Operation] = [
        Operation(
            method: "post", path: "/api/v1/imports/{kind}",
            summary: "Import the body as a file of kind acled, ucdp, gdelt, observations or claims (as `truce import`), or code an article",
            query: ["name", "source"], body: ("application/octet-stream", "The file, up to 64 MiB"),
            success: ("201", "The import's counts and the first 100 rejected rows, each with line and field", nil), role: "analyst"),
        Operation(
            method: "post", path: "/api/v1/observations", summary: "Write one observation (a new id is 201, a replaced one 200)",
            body: ("application/json", "An object of the observations file's columns"), success: ("201", "The record written", nil),
            role: "analyst"),
        Operation(
            method: "post", path: "/api/v1/claims", summary: "Write one claim (a new id is 201, a replaced one 200)",
            body: ("application/json", "An object of the claims file's columns"), success: ("201", "The record written", nil), role: "analyst"),
        Operation(
            method: "post", path: "/api/v1/events", summary: "Create an event in the data set `manual`",
            body: ("application/json", "An object of the event's fields; date, event_type, sub_event_type and actor1 required"),
            success: ("201", "The event's key", nil), role: "analyst"),
        Operation(
            method: "patch", path: "/api/v1/events/manual/{key}", summary: "Change the given fields of an event written through the API",
            body: ("application/json", "The fields to change; null clears one"), success: ("200", "The event's key", nil), role: "analyst"),
        Operation(
            method: "get", path: "/api/v1/review", summary: "The pending review clusters matching the filters",
            query: ["kind", "modality", "event_type", "min_confidence", "max_confidence", "sort", "limit", "offset"],
            success: ("200", "The page of clusters and the total", nil), role: "analyst"),
        Operation(
            method: "get", path: "/api/v1/review/{cluster}", summary: "One review cluster with its decisions",
            success: ("200", "The cluster", nil), role: "analyst"),
        Operation(
            method: "patch", path: "/api/v1/review/{cluster}", summary: "Set fields of a review cluster, all or none",
            body: ("application/json", "The fields to set; null clears one"), success: ("200", "The cluster", nil), role: "analyst"),
        Operation(
            method: "post", path: "/api/v1/review/{cluster}/accept", summary: "Accept a review cluster into the evidence",
            body: ("application/json", "{\"allow_non_act\": \"true\", \"indicator\": \"…\"}, both optional; the body may be empty"),
            success: ("200", "The cluster and the snapshots stored", nil), role: "analyst"),
        Operation(
            method: "post", path: "/api/v1/review/{cluster}/reject", summary: "Reject a review cluster",
            body: ("application/json", "{\"note\": \"…\"}, optional; the body may be empty"), success: ("200", "The cluster", nil),
            role: "analyst"),
        Operation(
            method: "get", path: "/api/v1/tokens", summary: "API tokens (yours; an admin may name any user)", query: ["user"],
            success: ("200", "The tokens, never their secrets", nil), role: "signed in"),
        Operation(
            method: "post", path: "/api/v1/tokens", summary: "Create an API token; its secret is answered once",
            body: ("application/json", "{\"label\": \"…\", \"user\": \"…\"}; user for admins only"),
            success: ("201", "The secret and the token", nil), role: "signed in"),
        Operation(
            method: "delete", path: "/api/v1/tokens/{token}", summary: "Revoke an API token", success: ("200", "The token, revoked", nil),
            role: "signed in"),
        Operation(
            method: "get", path: "/api/v1/audit", summary: "The audit log, newest first", query: ["kind", "record", "actor", "limit", "offset"],
            success: ("200", "The page of entries and the total", nil), role: "admin"),
        Operation(
            method: "post", path: "/api/v1/audit/{entry}/restore",
            summary: "Keep again the agreement text or event version an entry recorded before its write",
            success: ("200", "The record restored", nil), role: "admin"),
        Operation(
            method: "delete", path: "/api/v1/users/{user}",
            summary: "Remove a user: their sessions end and their API tokens are revoked at once; the user is kept, marked removed",
            success: ("200", "The user, removed; 409 for the last admin or a user removed before", nil), role: "admin"),
    ]

    /// Query parameters that take numbers.
    static let numericQuery: Set<String> = ["limit", "offset", "min_confidence", "max_confidence"]

    /// The document as JSON text.
    static let json: String = {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            var item: [String: Any] = [
                "summary": operation.summary,
                "operationId": operation.method
                    + operation.path.split(separator: "/").dropFirst(2).map {
                        $0.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "").capitalized
                    }.joined().replacingOccurrences(of: ".", with: ""),
                "description": operation.role.map { "Needs: \($0)." } ?? "Open to anyone.",
            ]
            var parameters: [[String: Any]] = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { segment in
                ["name": String(segment.dropFirst().dropLast()), "in": "path", "required": true, "schema": ["type": "string"]]
            }
            parameters += operation.query.map { name in
                let type = name == "limit" || name == "offset" ? "integer" : numericQuery.contains(name) ? "number" : "string"
                return ["name": name, "in": "query", "required": false, "schema": ["type": type]]
            }
            if !parameters.isEmpty { item["parameters"] = parameters }
            if let body = operation.body {
                item["requestBody"] = [
                    "required": true, "description": body.description,
                    "content": [body.type: ["schema": ["type": body.type == "application/json" ? "object" : "string"]]],
                ]
            }
            var success: [String: Any] = ["description": operation.success.description]
            if let schema = operation.success.schema { success["content"] = ["application/json": ["schema": ["$ref": schema]]] }
            item["responses"] = [
                operation.success.status: success,
                "4XX": ["description": "A client error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]],
            ]
            paths[operation.path, default: [:]][operation.method] = item
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "Truce API", "version": "1",
                "description":
                    "Agreements, assessments, events, deadlines, alerts, evidence writes, the review queue and the audit log. Sign in with POST /login (a session cookie; writes then need the X-CSRF-Token header) or send an API token as `Authorization: Bearer …`.",
            ],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "session": ["type": "apiKey", "in": "cookie", "name": "truce_session"],
                    "token": ["type": "http", "scheme": "bearer"],
                ],
                "schemas": [
                    "Error": [
                        "type": "object", "required": ["error"],
                        "properties": [
                            "error": [
                                "type": "object", "required": ["code", "message"],
                                "properties": ["code": ["type": "string"], "message": ["type": "string"], "field": ["type": ["string", "null"]]],
                            ]
                        ],
                    ],
                    "AgreementSummary": [
                        "type": "object",
                        "properties": [
                            "id": ["type": "string"], "title": ["type": "string"], "signed": ["type": "string", "format": "date"],
                            "parties": ["type": "array", "items": ["type": "string"]], "provisions": ["type": "integer"],
                        ],
                    ],
                    "AgreementList": ["type": "array", "items": ["$ref": "#/components/schemas/AgreementSummary"]],
                    "EventList": [
                        "type": "object",
                        "properties": [
                            "total": ["type": "integer"], "offset": ["type": "integer"], "events": ["type": "array", "items": ["type": "object"]],
                        ],
                    ],
                ],
            ],
        ]
        // Only strings, numbers, booleans, arrays and dictionaries above: serialization cannot fail, and the
        // route test would see an empty document if it did.
        let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }()
}
