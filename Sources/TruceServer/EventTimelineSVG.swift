import Foundation
import TruceCore
import TruceModel

/// Events per day as SVG bars drawn on the server, stacked by series when the counts are grouped;
/// the signing and every deadline marked with a dashed line, and each rate provision's window and
/// baseline shaded. Each day's bar links to the events page filtered to that day, so clicking a day
/// needs no JavaScript; each series is named in a legend and each segment's `<title>`, so colour is never the only cue.
struct EventTimelineSVG {
    var counts: DailyEventCounts
    /// Days to mark, with their label (`signed`, `due riv`).
    var marks: [(day: Day, label: String)]
    /// Spans to shade, with their label (`riv window`, `riv baseline`).
    var windows: [(from: Day, to: Day, label: String)] = []
    /// Filters kept on the links to each day's events (actor, country, ...), without the dates.
    var linkPairs: [(String, String?)] = []
    var width = 900.0
    var height = 160.0

    /// The series' fill colours, in order; text always names the series too.
    static let palette = ["#1f5fa8", "#d9822b", "#2e8540", "#8e44ad", "#b3261e", "#00838f", "#6d4c41", "#7f8c8d"]

    /// The signing, each provision's deadline, and each rate provision's window and baseline of `agreement`.
    static func marks(of agreement: Agreement) -> (marks: [(day: Day, label: String)], windows: [(from: Day, to: Day, label: String)]) {
        var marks: [(day: Day, label: String)] = [(agreement.signed, "signed")]
        var windows: [(from: Day, to: Day, label: String)] = []
        for provision in agreement.provisions {
            if let due = (try? agreement.dueDay(of: provision)).flatMap({ $0 }) { marks.append((due, "due \(provision.id)")) }
            if case .rate(let rate) = provision.kind {
                for (window, name) in [(rate.window, "window"), (rate.baseline, "baseline")] {
                    if let from = try? agreement.resolve(window.start), let to = try? agreement.resolve(window.end) {
                        windows.append((from, to, "\(provision.id) \(name)"))
                    }
                }
            }
        }
        return (marks, windows)
    }

    func render() -> String {
        let days = counts.counts.count
        let top = Double(max(1, counts.counts.max() ?? 1))
        let step = width / Double(max(1, days))
        var parts: [String] = []
        for (offset, window) in windows.enumerated() {
            let from = max(window.from, counts.from)
            let to = min(window.to, counts.to)
            guard from <= to else { continue }
            let x = Double(counts.from.days(to: from)) * step
            let w = Double(from.days(to: to) + 1) * step
            let label = "\(window.label) \(window.from.iso) to \(window.to.iso)"
            parts.append(
                "<rect class=\"rate-window\" x=\"\(fmt(x))\" y=\"0\" width=\"\(fmt(w))\" height=\"\(fmt(height))\" fill=\"\(offset % 2 == 0 ? "#fff3c4" : "#e8eef5")\" fill-opacity=\"0.8\"><title>\(HTML.escape(label))</title></rect><text x=\"\(fmt(x + 2))\" y=\"\(fmt(22 + Double(offset % 3) * 12))\">\(HTML.escape(window.label))</text>"
            )
        }
        let series = counts.series.isEmpty ? [EventSeries(name: "events", counts: counts.counts)] : counts.series
        for index in 0..<days where counts.counts[index] > 0 {
            let day = counts.from.adding(days: index)
            let link = "/events" + HTML.query(linkPairs + [("from", day.iso), ("to", day.iso)])
            var y = height
            var segments: [String] = []
            for (number, one) in series.enumerated() where one.counts[index] > 0 {
                let segment = Double(one.counts[index]) / top * height
                y -= segment
                let what = series.count == 1 ? "" : " \(one.name)"
                segments.append(
                    "<rect x=\"\(fmt(Double(index) * step))\" y=\"\(fmt(y))\" width=\"\(fmt(max(step - 0.5, 1)))\" height=\"\(fmt(segment))\" fill=\"\(Self.palette[number % Self.palette.count])\"><title>\(HTML.escape("\(day.iso): \(one.counts[index])\(what) event\(one.counts[index] == 1 ? "" : "s")"))</title></rect>"
                )
            }
            parts.append("<a class=\"day\" data-day=\"\(day.iso)\" data-count=\"\(counts.counts[index])\" href=\"\(link)\">\(segments.joined())</a>")
        }
        for (offset, mark) in marks.enumerated() where mark.day >= counts.from && mark.day <= counts.to {
            let mx = Double(counts.from.days(to: mark.day)) * step + step / 2
            parts.append(
                "<line class=\"mark\" x1=\"\(fmt(mx))\" y1=\"0\" x2=\"\(fmt(mx))\" y2=\"\(fmt(height))\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>\(HTML.escape("\(mark.label) \(mark.day.iso)"))</title></line>"
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
            <line x1="0" y1="\(fmt(height))" x2="\(fmt(width))" y2="\(fmt(height))" stroke="#888"/>\(parts.joined())</svg>\(legend(series))
            """
    }

    /// Each series' colour beside its name and total, as HTML.
    private func legend(_ series: [EventSeries]) -> String {
        guard series.count > 1 else { return "" }
        let items = series.enumerated().map { number, one in
            "<li><span class=\"swatch\" style=\"background:\(Self.palette[number % Self.palette.count])\"></span>\(HTML.escape(one.name)): \(one.counts.reduce(0, +))</li>"
        }
        return "<ul class=\"legend\">\(items.joined())</ul>"
    }

    private func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
