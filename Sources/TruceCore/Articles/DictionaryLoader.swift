import Foundation
public import TruceCoder
import TruceFormats
import TruceModel

/// The one way Truce reads PETRARCH-format dictionaries (actors, agents, verbs, discards) from disk,
/// for coding, importing articles and benchmarking alike.
///
/// A path is a file, or a folder whose visible files are read in name order. Each file is decoded
/// as an article is (UTF-8 with or without a byte-order mark, UTF-16 with one, else Windows-1252),
/// so older Latin-1 files load too. Lines the parser cannot use become warnings, never errors.
public enum DictionaryLoader {
    /// The built-in dictionaries (when `builtIn`) with every file under `paths` added, in order.
    ///
    /// - Throws: ``TruceError`` with parameter `dictionary` naming a path that does not exist or a
    ///   file that cannot be read or is not text.
    public static func load(_ paths: [String], builtIn: Bool = true) throws -> CoderDictionaries {
        var dictionaries = builtIn ? CoderDictionaries.builtIn : CoderDictionaries()
        for path in paths {
            for file in try files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw TruceError(.unreadableFile, "\(file): cannot read this dictionary; check its permissions", parameter: "dictionary")
                }
                do {
                    try dictionaries.add(petrarchText: try ArticleFile.decode(Array(data), origin: file), file: file)
                } catch {
                    throw TruceError(error.code, error.message, at: error.location, parameter: "dictionary", cause: error.cause)
                }
            }
        }
        return dictionaries
    }

    /// The dictionary files a path names: itself, or a folder's visible files sorted by name.
    static func files(at path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TruceError(.unreadableFile, "\(path): no such dictionary file or folder; check the path", parameter: "dictionary")
        }
        guard isFolder.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
    }
}
