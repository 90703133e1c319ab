import Foundation
import TruceCore
import TruceModel

/// Events per day as SVG bars drawn on the server, the signing and each deadline marked; each
/// day's bar links to the events page filtered to that day, so clicking a day needs no JavaScript.
struct EventTimelineSVG {
    var counts: DailyEventCounts
    /// Days to mark, with their label (`signed`, `due riv`).
    var marks: [(day: Day, label: String)]
    /// Filters kept on the links to each day's events (actor, country, ...), without the dates.
    var linkPairs: [(String, String?)] = []
    var width = 900.0
    var height = 160.0

    func render() -> String {
        let days = counts.counts.count
        let top = Double(max(1, counts.counts.max() ?? 1))
        let step = width / Double(max(1, days))
        var parts: [String] = []
        for (index, count) in counts.counts.enumerated() where count > 0 {
            let day = counts.from.adding(days: index)
            let barHeight = Double(count) / top * height
            let link = "/events" + HTML.query(linkPairs + [("from", day.iso), ("to", day.iso)])
            parts.append(
                "<a href=\"\(link)\"><rect x=\"\(fmt(Double(index) * step))\" y=\"\(fmt(height - barHeight))\" width=\"\(fmt(max(step - 0.5, 1)))\" height=\"\(fmt(barHeight))\" fill=\"#1f5fa8\"><title>\(HTML.escape("\(day.iso): \(count) event\(count == 1 ? "" : "s")"))</title></rect></a>"
            )
        }
        for (offset, mark) in marks.enumerated() where mark.day >= counts.from && mark.day <= counts.to {
            let mx = Double(counts.from.days(to: mark.day)) * step + step / 2
            parts.append(
                "<line x1=\"\(fmt(mx))\" y1=\"0\" x2=\"\(fmt(mx))\" y2=\"\(fmt(height))\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>\(HTML.escape("\(mark.label) \(mark.day.iso)"))</title></line>"
            )
            parts.append("<text x=\"\(fmt(mx + 3))\" y=\"\(fmt(height + 14 + Double(offset % 3) * 12))\">\(HTML.escape(mark.label))</text>")
        }
        parts.append("<text x=\"0\" y=\"10\">\(Int(top))</text>")
        parts.append("<text x=\"0\" y=\"\(fmt(height + 52))\">\(counts.from.iso)</text>")
        parts.append("<text x=\"\(fmt(width))\" y=\"\(fmt(height + 52))\" text-anchor=\"end\">\(counts.to.iso)</text>")
        let total = counts.counts.reduce(0, +)
        return """
            <svg class="event-timeline" role="img" viewBox="0 0 \(fmt(width)) \(fmt(height + 58))" width="\(fmt(width))" height="\(fmt(height + 58))" \
            xmlns="http://www.w3.org/2000/svg"><title>\(HTML.escape("\(total) events from \(counts.from.iso) to \(counts.to.iso)"))</title>\
            <line x1="0" y1="\(fmt(height))" x2="\(fmt(width))" y2="\(fmt(height))" stroke="#888"/>\(parts.joined())</svg>
            """
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
