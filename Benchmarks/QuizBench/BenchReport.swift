import Foundation

/// Every figure of the run: tables printed as each measurement ends, and one JSON document
/// rewritten after each, so a run cut short still leaves what it measured.
final class BenchReport {
    private let path: String
    private var figures: [String: Any] = [:]

    init(path: String, context: [String: Any]) {
        self.path = path
        figures["run"] = context
    }

    /// Prints `table` and records `json` under `name`.
    func add(_ name: String, table: ReportTable, json: [String: Any]) {
        print(table.render())
        print("")
        fflush(nil)
        figures[name] = json
        write()
    }

    /// Records that `name` could not be measured, and why.
    func failed(_ name: String, _ reason: String) {
        print("\(name): not measured: \(reason)\n")
        fflush(nil)
        figures[name] = ["error": reason]
        write()
    }

    private func write() {
        guard let data = try? JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
        else { return }
        if !FileManager.default.createFile(atPath: path, contents: data) { print("cannot write \(path)") }
    }
}
