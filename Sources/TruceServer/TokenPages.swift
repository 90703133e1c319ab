import TruceCore
import TruceStorage

/// The API tokens page: the signed-in user's tokens (never their secrets), a form to create one,
/// and, right after creating one, its secret, shown this once.
enum TokenPages {
    static func list(_ tokens: [StoredAPIToken], signedIn: SignedIn, created: String?, message: String?) -> String {
        let csrf = "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(signedIn.csrfToken))\">"
        let rows = tokens.map { token in
            let state =
                token.revokedAt.map { "revoked \(HTML.escape($0))" }
                ?? "<form method=\"post\" action=\"/account/tokens/\(token.id)/revoke\">\(csrf)<button type=\"submit\">Revoke</button></form>"
            return "<tr><td>\(token.id)</td><td>\(HTML.escape(token.label))</td><td>\(HTML.escape(token.createdAt))</td><td>\(state)</td></tr>"
        }
        let secret = created.map {
            """
            <p class="disputed-banner">Your new token — copy it now, it is not shown again: <code>\(HTML.escape($0))</code></p>
            <p>Send it as <code>Authorization: Bearer …</code> to <code>/api/v1/</code>; it acts with your role.</p>
            """
        }
        return HTML.page(
            title: "API tokens",
            body: """
                \(message.map { "<p class=\"disputed-banner\">\(HTML.escape($0))</p>" } ?? "")\(secret ?? "")
                <table><thead><tr><th>#</th><th>Label</th><th>Created</th><th></th></tr></thead><tbody>\(rows.joined())</tbody></table>
                <h2>Create a token</h2>
                <form class="filters" method="post" action="/account/tokens">\(csrf)
                <label>Label <input name="label" required maxlength="\(Accounts.maximumTokenLabelLength)"></label>
                <button type="submit">Create</button></form>
                """)
    }
}
