/// Finds the cycles of a dependency graph (provisions that `require` each other, groups
/// that contain each other) in time linear in its size, with explicit stacks: an
/// agreement with a chain of thousands of links must neither crawl nor overflow the stack.
///
/// Each set of nodes that depend on each other (a strongly connected component) yields one
/// cycle: the one a depth-first walk finds from the set's first node in file order, following
/// each node's edges in their order.
struct DependencyCycles {
    /// A cycle: `members[0]` depends on `members[1]`, …, and the last on `members[0]`.
    struct Cycle: Equatable {
        var members: [String]
        /// Which of `members[0]`'s edges starts the cycle.
        var firstEdge: Int
    }

    /// - Parameters:
    ///   - nodes: every node, in file order (the first of a duplicated id counts).
    ///   - edges: each node's dependencies in order; self-edges and unknown ids are ignored.
    /// - Returns: one cycle per set of mutually dependent nodes, ordered by their first node.
    static func find(nodes: [String], edges: [String: [String]]) -> [Cycle] {
        var order: [String: Int] = [:]
        for (position, node) in nodes.enumerated() where order[node] == nil { order[node] = position }
        func targets(_ node: String) -> [String] { (edges[node] ?? []).filter { $0 != node && order[$0] != nil } }

        // Tarjan's strongly connected components, iteratively.
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var componentStack: [String] = []
        var components: [[String]] = []
        var counter = 0
        for root in nodes where index[root] == nil {
            var frames: [(node: String, targets: [String], next: Int)] = [(root, targets(root), 0)]
            index[root] = counter
            lowLink[root] = counter
            counter += 1
            componentStack.append(root)
            onStack.insert(root)
            while let frame = frames.last {
                if frame.next < frame.targets.count {
                    frames[frames.count - 1].next += 1
                    let target = frame.targets[frame.next]
                    if index[target] == nil {
                        index[target] = counter
                        lowLink[target] = counter
                        counter += 1
                        componentStack.append(target)
                        onStack.insert(target)
                        frames.append((target, targets(target), 0))
                    } else if onStack.contains(target) {
                        lowLink[frame.node] = min(lowLink[frame.node]!, index[target]!)
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    lowLink[parent.node] = min(lowLink[parent.node]!, lowLink[frame.node]!)
                }
                if lowLink[frame.node] == index[frame.node] {
                    var component: [String] = []
                    while let member = componentStack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == frame.node { break }
                    }
                    if component.count > 1 { components.append(component) }
                }
            }
        }

        var cycles: [Cycle] = []
        for component in components {
            let members = Set(component)
            let start = component.min { order[$0]! < order[$1]! }!
            // A walk inside the component from its first node back to it; one exists by definition.
            var visited: Set<String> = [start]
            var path: [(node: String, targets: [String], next: Int)] = [(start, targets(start), 0)]
            search: while let frame = path.last {
                guard frame.next < frame.targets.count else {
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = frame.targets[frame.next]
                if target == start {
                    break search
                }
                if members.contains(target), visited.insert(target).inserted {
                    path.append((target, targets(target), 0))
                }
            }
            guard let first = path.first else { continue }
            let firstTarget = first.targets[first.next - 1]
            let firstEdge = (edges[start] ?? []).firstIndex(of: firstTarget) ?? 0
            cycles.append(Cycle(members: path.map(\.node), firstEdge: firstEdge))
        }
        return cycles.sorted { order[$0.members[0]]! < order[$1.members[0]]! }
    }
}
