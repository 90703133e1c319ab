import Foundation
import TruceModel

/// A provision's status over time as a band drawn in SVG on the server: one segment per stretch
/// of a status from the signing to the day assessed, each labelled with its status where it is
/// wide enough and always in its tooltip, with deadlines as marked vertical lines.
///
/// Server-rendered SVG rather than a charting library: it needs no JavaScript, works offline,
/// prints, and is tested like any other HTML.
struct StatusBandSVG {
    var timeline: [TimelineEntry]
    var start: Day
    var end: Day
    /// Days to mark, with their label (`due`).
    var marks: [(day: Day, label: String)]
    var width = 640.0
    var height = 26.0

    func render() -> String {
        let span = Double(max(1, start.days(to: end) + 1))
        func x(_ day: Day) -> Double { (Double(start.days(to: day)) / span * width).clamped(0, width) }
        let entries = timeline.filter { $0.from <= end }
        var parts: [String] = []
        for (index, entry) in entries.enumerated() {
            let from = max(entry.from, start)
            let next = index + 1 < entries.count ? entries[index + 1].from : end.adding(days: 1)
            let x0 = x(from)
            let x1 = next > end ? width : x(next)
            guard x1 > x0 else { continue }
            let label = StatusBadge.label(entry.status)
            let title = HTML.escape("\(label) from \(from.iso)")
            parts.append(
                "<rect x=\"\(fmt(x0))\" y=\"0\" width=\"\(fmt(x1 - x0))\" height=\"\(fmt(height))\" fill=\"\(StatusBadge.fill(entry.status))\" stroke=\"#fff\"><title>\(title)</title></rect>"
            )
            if x1 - x0 > Double(label.count) * 6.5 + 6 {
                parts.append("<text x=\"\(fmt(x0 + 4))\" y=\"\(fmt(height / 2 + 4))\" fill=\"#111\">\(HTML.escape(label))</text>")
            }
        }
        for mark in marks where mark.day >= start && mark.day <= end {
            let mx = x(mark.day)
            parts.append(
                "<line x1=\"\(fmt(mx))\" y1=\"0\" x2=\"\(fmt(mx))\" y2=\"\(fmt(height + 6))\" stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>\(HTML.escape("\(mark.label) \(mark.day.iso)"))</title></line>"
            )
            parts.append("<text x=\"\(fmt(mx + 2))\" y=\"\(fmt(height + 16))\">\(HTML.escape("\(mark.label) \(mark.day.iso)"))</text>")
        }
        let total = height + 20
        return """
            <svg class="status-band" role="img" viewBox="0 0 \(fmt(width)) \(fmt(total))" width="\(fmt(width))" height="\(fmt(total))" \
            xmlns="http://www.w3.org/2000/svg"><title>\(HTML.escape(summary))</title>\(parts.joined())</svg>
            """
    }

    /// The band in words, for screen readers and for anyone who cannot tell the colours apart.
    var summary: String {
        let shown = timeline.filter { $0.from <= end }
        // An entry replaced on the day it starts never shows.
        let lasting = shown.indices.filter { $0 + 1 == shown.count || shown[$0 + 1].from > shown[$0].from }.map { shown[$0] }
        return lasting.map { "\(StatusBadge.label($0.status)) from \(max($0.from, start).iso)" }.joined(separator: "; ")
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}

extension Double {
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}
