import Hummingbird
import TruceCore
import TruceFormats
import TruceModel

extension Handlers {
    /// Uploading and editing agreements as YAML in the browser, saved through ``AgreementLibrary/add(yaml:name:)``,
    /// the call `truce agreement add` makes.
    func addEditor(to router: Router<ServerContext>) {
        route(router, .get, "/agreements/new") { _, context in
            Responses.html(
                AgreementEditorPages.editor(
                    title: "New agreement", action: "/agreements/new", yaml: "", problems: [], csrf: context.signedIn?.csrfToken ?? ""))
        }
        route(router, .post, "/agreements/new") { _, context in
            try await save(context.form["yaml"] ?? "", keeping: nil, title: "New agreement", action: "/agreements/new", context: context)
        }
        route(router, .get, "/agreements/:agreement/edit") { _, context in
            let id = try agreementID(context)
            guard let yaml = try await agreements.yaml(id: id) else {
                throw ServerError(.notFound, code: "not_found", "the store keeps no agreement '\(id)'", field: "agreement")
            }
            return Responses.html(
                AgreementEditorPages.editor(
                    title: "Edit \(id)", action: "/agreements/\(HTML.urlComponent(id))/edit", yaml: yaml, problems: [],
                    csrf: context.signedIn?.csrfToken ?? ""))
        }
        route(router, .post, "/agreements/:agreement/edit") { _, context in
            let id = try agreementID(context)
            _ = try await agreement(context)
            return try await save(
                context.form["yaml"] ?? "", keeping: id, title: "Edit \(id)", action: "/agreements/\(HTML.urlComponent(id))/edit", context: context)
        }
    }

    /// Checks and keeps `yaml`; when `id` is given the YAML must keep that id. Problems are shown in the editor (422).
    private func save(_ yaml: String, keeping id: String?, title: String, action: String, context: ServerContext) async throws -> Response {
        var problems: [AgreementEditorPages.Problem] = []
        do {
            if let id {
                let parsed = try app.agreement(yaml: yaml, name: "agreement")
                guard parsed.id == id else {
                    problems = [
                        .init(
                            line: nil, column: nil,
                            message: "the id is '\(parsed.id)' but this page edits '\(id)'; keep the id, or add a new agreement instead")
                    ]
                    return editor(title: title, action: action, yaml: yaml, problems: problems, context: context)
                }
            }
            let saved = try await agreements.add(yaml: yaml, name: "agreement")
            return Responses.redirect(to: "/agreements/\(HTML.urlComponent(saved.id))")
        } catch let error as AgreementErrors {
            problems = error.errors.map { .init(line: $0.location?.line, column: $0.location?.column, message: $0.message) }
        } catch let error as TruceError where error.code == .invalidAgreement {
            problems = [.init(line: error.location?.line, column: error.location?.column, message: error.message)]
        }
        return editor(title: title, action: action, yaml: yaml, problems: problems, context: context)
    }

    private func editor(title: String, action: String, yaml: String, problems: [AgreementEditorPages.Problem], context: ServerContext) -> Response {
        Responses.html(
            AgreementEditorPages.editor(title: title, action: action, yaml: yaml, problems: problems, csrf: context.signedIn?.csrfToken ?? ""),
            status: .unprocessableContent)
    }
}
