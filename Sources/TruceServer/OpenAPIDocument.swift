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
    static let operations: [Operation] = [
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
                let integer = name == "limit" || name == "offset"
                return ["name": name, "in": "query", "required": false, "schema": ["type": integer ? "integer" : "string"]]
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
                    "Agreements, assessments, events, deadlines and alerts. Sign in with POST /login (a session cookie; writes then need the X-CSRF-Token header).",
            ],
            "paths": paths,
            "components": [
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
                ]
            ],
        ]
        // Only strings, numbers, booleans, arrays and dictionaries above: serialization cannot fail, and the
        // route test would see an empty document if it did.
        let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }()
}
