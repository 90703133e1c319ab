import TruceModel

/// Rewrites a format version 1 agreement file as version 2, keeping its text, comments and layout.
///
/// Version 2 reads every version 1 key with the same meaning, so the rewrite changes the version
/// line only; it is checked by loading both texts and comparing the agreements they describe.
public enum AgreementUpgrade {
    /// The version 2 text of the file at `path`.
    ///
    /// - Throws: ``AgreementErrors`` as ``upgrade(yaml:file:)``, or when the file cannot be read.
    public static func upgrade(path: String) throws -> (text: String, changed: Bool) {
        try upgrade(yaml: AgreementLoader.read(path), file: path)
    }

    /// The version 2 text of `yaml`, or `yaml` itself when it is already version 2.
    ///
    /// - Throws: ``AgreementErrors`` when `yaml` does not load (fix it first: a broken file is not
    ///   rewritten), or when the rewritten text would not describe the same agreement.
    public static func upgrade(yaml: String, file: String) throws -> (text: String, changed: Bool) {
        let original = try AgreementLoader.parse(yaml: yaml, file: file)
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: isVersionLine) else {
            throw AgreementErrors([TruceError(.invalidAgreement, "no top-level 'truce:' line to rewrite", at: SourceLocation(file: file, line: 1))])
        }
        let value = DateExpressionParser.trim(lines[index].dropFirst("truce:".count).prefix { $0 != "#" })
        if value == "2" { return (yaml, false) }
        let comment = lines[index].firstIndex(of: "#").map { "  " + lines[index][$0...] } ?? ""
        lines[index] = "truce: 2" + comment
        let upgraded = lines.joined(separator: "\n")
        let rewritten = try AgreementLoader.parse(yaml: upgraded, file: file)
        guard rewritten == original else {
            let message = "the version 2 text would describe a different agreement; please report this with the file"
            throw AgreementErrors([TruceError(.invalidAgreement, message, at: SourceLocation(file: file, line: index + 1))])
        }
        return (upgraded, true)
    }

    /// `truce: 1` at the start of a line, the document's top level.
    private static func isVersionLine(_ line: String) -> Bool {
        line.hasPrefix("truce:")
    }
}
