/// `3 个错误，1 个警告`: how every command's summary line and page count what it found.
enum ProblemCounts {
    static func text(errors: Int, warnings: Int, _ zh: Bool) -> String {
        zh ? "\(errors) 个错误，\(warnings) 个警告" : "\(errors) errors, \(warnings) warnings"
    }
}
