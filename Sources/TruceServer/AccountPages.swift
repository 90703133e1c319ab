import TruceCore
import TruceStorage

/// The sign-in, account and users pages as HTML; every form carries its CSRF token.
enum AccountPages {
    static func login(csrf: String, next: String?, message: String?) -> String {
        HTML.page(
            title: "Sign in",
            body: """
                \(message.map { "<p class=\"disputed-banner\">\(HTML.escape($0))</p>" } ?? "")
                <form class="filters" method="post" action="/login">
                <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
                <input type="hidden" name="next" value="\(HTML.escape(next ?? "/agreements"))">
                <label>Name <input name="name" autocomplete="username" required></label>
                <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
                <button type="submit">Sign in</button></form>
                """)
    }

    static func account(_ signedIn: SignedIn) -> String {
        HTML.page(
            title: "Account",
            body: """
                <p>Signed in as <strong>\(HTML.escape(signedIn.user))</strong>, role \(HTML.escape(signedIn.role.rawValue)).</p>
                <p><a href="/account/tokens">API tokens</a></p>
                \(signedIn.role == .admin ? "<p><a href=\"/admin/users\">Users</a> · <a href=\"/admin/audit\">Audit log</a></p>" : "")
                <form method="post" action="/logout"><input type="hidden" name="csrf" value="\(HTML.escape(signedIn.csrfToken))">\
                <button type="submit">Sign out</button></form>
                """)
    }

    static func users(_ users: [StoredUser], csrf: String, message: String?) -> String {
        let rows = users.map { user in
            let state: String
            if let removedAt = user.removedAt {
                state = "removed \(HTML.escape(removedAt))"
            } else {
                // A button per user: the form posts to the user's own address, so no name travels in a field.
                state = """
                    <form method="post" action="/admin/users/\(HTML.escape(HTML.urlComponent(user.name)))/remove">\
                    <input type="hidden" name="csrf" value="\(HTML.escape(csrf))"><button type="submit">Remove</button></form>
                    """
            }
            return "<tr><td>\(HTML.escape(user.name))</td><td>\(HTML.escape(user.role.rawValue))</td><td>\(HTML.escape(user.updatedAt))</td>"
                + "<td>\(state)</td></tr>"
        }
        let options = Role.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }.joined()
        return HTML.page(
            title: "Users",
            body: """
                \(message.map { "<p class=\"disputed-banner\">\(HTML.escape($0))</p>" } ?? "")
                <p>Removing a user ends their sessions and revokes their API tokens at once; the user stays listed, removed, \
                and saving the name again below brings the account back with a new password.</p>
                <table><thead><tr><th>Name</th><th>Role</th><th>Changed</th><th>State</th></tr></thead><tbody>\(rows.joined())</tbody></table>
                <h2>Add a user, or change one's role and password</h2>
                <form class="filters" method="post" action="/admin/users">
                <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
                <label>Name <input name="name" required></label>
                <label>Role <select name="role">\(options)</select></label>
                <label>Password <input type="password" name="password" autocomplete="new-password" required></label>
                <button type="submit">Save</button></form>
                """)
    }
}
