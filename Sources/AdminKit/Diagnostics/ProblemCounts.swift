/// `3 个错误，1 个警告`: how every command's summary line and page count what it found.
enum ProblemCounts {
    static func text(errors: Int, warnings: Int, _ zh: Bool) -> String {
        guard !zh else { return "\(errors) 个错误，\(warnings) 个警告" }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
