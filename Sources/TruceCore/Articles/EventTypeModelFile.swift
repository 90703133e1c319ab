import Foundation
public import TruceCoder
import TruceModel

/// Reading and writing the model files of learned ACLED event types.
public enum EventTypeModelFile {
    /// The model in the file at `path`.
    ///
    /// - Throws: ``TruceError`` with parameter `model` when the file cannot be read or is not a model file.
    public static func load(_ path: String) throws -> EventTypeModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "\(path): cannot read the model file; check the path and its permissions", parameter: "model")
        }
        do {
            return try EventTypeModel(fileBytes: [UInt8](data), file: path)
        } catch let error as TruceError {
            throw TruceError(error.code, error.message, at: error.location, parameter: "model", cause: error.cause)
        }
    }

    /// Writes `model` to `path`.
    ///
    /// - Throws: ``TruceError`` with parameter `output` when the file cannot be written.
    public static func save(_ model: EventTypeModel, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(model.fileBytes())) else {
            throw TruceError(.unwritableFile, "\(path): cannot write the model file; check the folder exists and is writable", parameter: "output")
        }
    }
}
