import Synchronization

/// Wakes one waiting task: rung by whoever learns there may be work (a notice from the store), waited on
/// with a time limit by a worker with nothing to do. A ring while nobody waits is kept for the next wait.
final class Doorbell: Sendable {
    private struct State {
        var rung = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    /// Wakes the waiter, or the next one.
    func ring() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.rung = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns when rung (or rung since the last wait), or after `limit`. One task waits at a time.
    func wait(upTo limit: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // Cancelled when rung first: then it must not ring, or the next wait would end at once.
                if (try? await Task.sleep(for: limit)) != nil { self.ring() }
            }
            group.addTask { await self.waitForRing() }
            _ = await group.next()
            group.cancelAll()
        }
    }

    private func waitForRing() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let already = state.withLock { state -> Bool in
                    if state.rung {
                        state.rung = false
                        return true
                    }
                    state.waiter = continuation
                    return false
                }
                if already { continuation.resume() }
            }
        } onCancel: {
            ring()
        }
    }
}
