import Foundation

/// The article files a list of paths names: files as given, folders walked.
public struct ArticlePaths: Sendable {
    /// The names that mark an article in a folder.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Article files, in the order given, each folder's sorted by path.
    public var files: [String] = []
    /// Files inside folders that are not articles by their extension, skipped.
    public var skipped: [String] = []
    /// Paths that do not exist or cannot be read, with why.
    public var missing: [ArticleFailure] = []

    /// Walks `paths`: a file is taken whatever its name; in a folder, hidden files and
    /// folders are passed over, and files without an article extension are skipped.
    public init(_ paths: [String]) {
        let manager = FileManager.default
        var seen: Set<String> = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                missing.append(ArticleFailure(origin: path, message: "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                if seen.insert(path).inserted { files.append(path) }
                continue
            }
            let root = URL(fileURLWithPath: path)
            guard
                let walker = manager.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else {
                missing.append(ArticleFailure(origin: path, message: "the folder cannot be read"))
                continue
            }
            var found: [String] = []
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count).drop { $0 == "/" })
                let file = path.hasSuffix("/") ? path + relative : path + "/" + relative
                if Self.extensions.contains(url.pathExtension.lowercased()) {
                    found.append(file)
                } else {
                    skipped.append(file)
                }
            }
            for file in found.sorted() where seen.insert(file).inserted { files.append(file) }
        }
        skipped.sort()
    }

    /// One line about the skipped files, or nil when none was.
    public var skippedNotice: String? { Self.notice(skipped: skipped) }

    /// One line about files skipped as not articles, or nil when none was.
    public static func notice(skipped: [String]) -> String? {
        guard !skipped.isEmpty else { return nil }
        let shown = skipped.prefix(5).joined(separator: ", ")
        let more = skipped.count > 5 ? " and \(skipped.count - 5) more" : ""
        let list = extensions.sorted().map { "." + $0 }.joined(separator: " ")
        let what = skipped.count == 1 ? "file that is not an article" : "files that are not articles"
        return "skipped \(skipped.count) \(what) (\(list)): \(shown)\(more)"
    }
}
