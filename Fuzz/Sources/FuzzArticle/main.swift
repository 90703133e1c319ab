import FuzzSupport
import TruceCoder
import TruceFormats

/// Built once: the built-in dictionaries take longer to load than an article takes to code.
let coder = ArticleCoder()

// An article file's bytes through decoding, the cleaner and the coder. The first
// byte picks the extension, and so the markup the cleaner strips.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    guard count > 0 else { return 0 }
    let origins = ["fuzz.txt", "fuzz.html", "fuzz.md", "fuzz"]
    let origin = origins[Int(data[0]) % origins.count]
    let bytes = FuzzInput.bytes(data + 1, count: count - 1)
    guard let file = try? ArticleFile(bytes: bytes, origin: origin) else { return 0 }
    let article = ArticleCleaner.article(raw: file.text, markup: file.markup, origin: file.origin, source: nil, date: nil)
    _ = coder.code(article)
    return 0
}
