import ArgumentParser
import TruceModel

/// Days on the command line: `YYYY-MM-DD`, with an error that says what was wrong.
enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else {
            throw ValidationError("'\(text)' is not a date: write it as YYYY-MM-DD, e.g. 2020-03-11")
        }
        return day
    }
}
