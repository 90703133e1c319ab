import TruceModel

/// The agreement editor as HTML: the YAML in a textarea, and when saving failed, every problem
/// listed and shown again beside its line of the text.
enum AgreementEditorPages {
    /// A problem found in the YAML: its line (1-based) when known, and what is wrong.
    struct Problem {
        var line: Int?
        var column: Int?
        var message: String
    }

    /// The editor for `yaml`, posting to `action`; `problems` are shown above the form and at their lines.
    static func editor(title: String, action: String, yaml: String, problems: [Problem], csrf: String) -> String {
        var body = ""
        if !problems.isEmpty {
            let items = problems.map { p in
                let place = p.line.map { line in "<a href=\"#line-\(line)\">line \(line)\(p.column.map { ", column \($0)" } ?? "")</a>: " } ?? ""
                return "<li class=\"yaml-problem\">\(place)\(HTML.escape(p.message))</li>"
            }
            body += """
                <div class="disputed-banner"><strong>Not saved: \(problems.count) problem\(problems.count == 1 ? "" : "s") in the YAML.</strong>\
                <ul>\(items.joined())</ul></div>
                """
            var byLine: [Int: [Problem]] = [:]
            for problem in problems { if let line = problem.line { byLine[line, default: []].append(problem) } }
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, text in
                let number = index + 1
                let notes = (byLine[number] ?? []).map { "<div class=\"problem\">▲ \(HTML.escape($0.message))</div>" }.joined()
                return "<li id=\"line-\(number)\"\(notes.isEmpty ? "" : " class=\"error\"")><pre>\(HTML.escape(String(text)))</pre>\(notes)</li>"
            }
            body +=
                "<details open><summary>The YAML with its problems at their lines</summary><ol class=\"yaml-lines\">\(lines.joined())</ol></details>"
        }
        body += """
            <p class="muted">Saving checks the agreement as <code>truce agreement add</code> does and keeps it under its id.</p>
            <form method="post" action="\(HTML.escape(action))">
            <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
            <textarea class="yaml" name="yaml" spellcheck="false">\(HTML.escape(yaml))</textarea>
            <p><button type="submit">Check and save</button></p></form>
            """
        return HTML.page(title: title, body: body)
    }
}
