import ContestCore

/// `quiz-admin rules show` and `rules check FILE`: the defaults to start a rules file from, and a file checked.
enum RulesCommand {
    static let entry = AdminCommand.Entry(
        words: ["rules"],
        usage: """
              quiz-admin rules show | rules check FILE
                显示全部规则项及其默认值（通知中的数值），或检查一个规则文件；--rules FILE 对各命令生效。
            """,
        options: [],
        run: { list, _ throws(ArgumentList.UsageError) in
            switch list.positionals.first {
            case "show" where list.positionals.count == 1:
                return AdminCommand.Outcome(exitCode: 0, output: AdminRules.standardText)
            case "check" where list.positionals.count == 2:
                switch AdminRules.read(path: list.positionals[1]) {
                case .success:
                    let ok = list.language == .chinese ? "规则文件没有问题" : "the rules file is fine"
                    return AdminCommand.Outcome(exitCode: 0, output: "\(list.positionals[1]): \(ok)\n")
                case .failure(let error):
                    return AdminCommand.Outcome(exitCode: 1, output: error.message(list.language) + "\n")
                }
            default:
                throw ArgumentList.UsageError(message: "rules 后应为 show 或 check FILE (rules takes show or check FILE)")
            }
        })
}

extension ArgumentList {
    /// The `--rules FILE` given, or the notices' defaults; a broken file is a usage error naming the key.
    func rules() throws(UsageError) -> AdminRules {
        guard let path = options["--rules"] else { return .standard }
        switch AdminRules.read(path: path) {
        case .success(let rules): return rules
        case .failure(let error): throw UsageError(message: error.message(language))
        }
    }
}
