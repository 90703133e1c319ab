import Foundation
import TruceModel

/// The coding options a queued article job carries (``QueuedImport/options``), so that a worker codes
/// the articles as the command that queued them would have. Dictionary, agreement and model files are
/// named by absolute path: a worker reads them from its own file system.
struct QueuedCodingOptions: Codable, Hashable, Sendable {
    var dictionaries: [String]
    var agreement: String?
    var model: String?
    var source: String?
    /// The fallback publication day, `YYYY-MM-DD`.
    var date: String?
    var window: Int
    /// The JSON Lines fields, for jobs of kind `articles-jsonl`.
    var textField: String
    var idField: String
    var dateField: String?

    init(settings: CodingSettings, window: Int, fields: BatchFields = BatchFields()) {
        let absolute = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.path }
        dictionaries = settings.dictionaries.map(absolute)
        agreement = settings.agreement.map(absolute)
        model = settings.model.map(absolute)
        source = settings.source
        date = settings.date?.iso
        self.window = window
        textField = fields.text
        idField = fields.id
        dateField = fields.date
    }

    var settings: CodingSettings {
        CodingSettings(dictionaries: dictionaries, agreement: agreement, model: model, source: source, date: date.flatMap { Day(iso: $0) })
    }

    var fields: BatchFields { BatchFields(text: textField, id: idField, date: dateField) }

    /// The options as the job stores them.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The options of job `job`, as stored.
    ///
    /// - Throws: ``TruceError`` (`store`) when they are not options of a coding job.
    static func read(_ json: String, job: Int64) throws -> QueuedCodingOptions {
        do {
            return try JSONDecoder().decode(QueuedCodingOptions.self, from: Data(json.utf8))
        } catch {
            throw TruceError(.store, "job \(job): its coding options cannot be read (\(error.localizedDescription))")
        }
    }
}
