import Foundation

/// Runs an import, which is long synchronous work (parsing on one thread, SQLite writing on
/// another, one transaction throughout), on a thread of its own while the caller awaits it.
///
/// An import takes seconds to minutes and, behind another writer, may first wait for the write
/// lock: on a thread of Swift's cooperative pool it would hold that thread all the while, and the
/// pool has only as many threads as the machine has cores, which every other request of a server
/// needs. A dedicated thread costs a few microseconds per import and keeps the writer's 8 MiB
/// stack of the main thread it used to run on.
enum ImportThread {
    /// Runs `work` on a new thread and returns what it returns. Cancelling the awaiting task sets the
    /// flag `work` is given, which the import checks as it goes (see ``Store/runImport``).
    static func run<T: Sendable>(_ work: @escaping @Sendable (ImportCancellation) throws -> T) async throws -> T {
        let cancellation = ImportCancellation()
        let job = Job(work)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                if Task.isCancelled { cancellation.cancel() }
                let thread = Thread {
                    let result = job.run(cancellation)
                    continuation.resume(with: result)
                }
                thread.name = "truce-import"
                thread.stackSize = 8 << 20
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
    }
}

/// The work of one import, let go of before its caller resumes: a caller may have lent the work a
/// closure through `withoutActuallyEscaping`, which traps if the closure is still held when it returns,
/// and a thread keeps its block alive until after the block has returned.
private final class Job<T: Sendable>: @unchecked Sendable {
    private var work: (@Sendable (ImportCancellation) throws -> T)?

    init(_ work: @escaping @Sendable (ImportCancellation) throws -> T) { self.work = work }

    /// Runs the work once, on the one thread that calls this, and drops it before returning.
    func run(_ cancellation: ImportCancellation) -> Result<T, any Error> {
        guard let work else { return .failure(CancellationError()) }
        self.work = nil
        return Result { try work(cancellation) }
    }
}

/// Whether the task awaiting an import has been cancelled: set from the task, read by the import's thread.
final class ImportCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    func cancel() { lock.withLock { cancelled = true } }

    var isCancelled: Bool { lock.withLock { cancelled } }

    /// Throws `CancellationError` once the awaiting task has been cancelled.
    func check() throws {
        if isCancelled { throw CancellationError() }
    }
}

/// Hands a value that is not `Sendable` to exactly one other thread, which becomes its only user
/// (the caller gives it up, or waits, suspended, until that thread is done with it).
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
