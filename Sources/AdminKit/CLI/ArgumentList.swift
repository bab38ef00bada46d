import ContestCore

/// One command's words after its name: the files it is given and its `--name value` options.
///
/// Every command shares `--lang zh|en`; the rest are declared by the command, so a misspelt option
/// is a usage error (exit 2) rather than silently ignored.
struct ArgumentList {
    var positionals: [String] = []
    var options: [String: String] = [:]
    /// Every value of each option in order, for those that may be given more than once (`--bank a.json --bank b.docx`);
    /// `options` keeps the last.
    var repeated: [String: [String]] = [:]
    var flags: Set<String> = []
    var language = Language.chinese

    /// A message for a usage error, in both languages as the usage text is.
    struct UsageError: Error {
        var message: String
    }

    init(_ words: some Sequence<String>, options valued: Set<String>, flags known: Set<String> = []) throws(UsageError)
    {
        var rest = words.makeIterator()
        while let word = rest.next() {
            if word == "--lang" {
                guard let value = rest.next(), let parsed = value == "zh" ? .chinese : Language(rawValue: value) else {
                    throw UsageError(message: "--lang 应为 zh 或 en (--lang takes zh or en)")
                }
                language = parsed
            } else if valued.contains(word) {
                guard let value = rest.next(), !value.hasPrefix("--") else {
                    throw UsageError(message: "\(word) 后面缺少取值 (\(word) needs a value)")
                }
                options[word] = value
                repeated[word, default: []].append(value)
            } else if known.contains(word) {
                flags.insert(word)
            } else if word.hasPrefix("--") {
                throw UsageError(message: "未知参数 unknown argument: \(word)")
            } else {
                positionals.append(word)
            }
        }
    }

    /// The one file a command reads, or a usage error naming what it should be.
    func file(_ what: String) throws(UsageError) -> String {
        guard positionals.count == 1 else {
            throw UsageError(
                message: positionals.isEmpty ? "缺少\(what) (\(what) is missing)" : "只能给一个\(what) (one \(what) only)")
        }
        return positionals[0]
    }

    /// A whole number option such as `--seed 7`, or `fallback` when absent.
    func integer(_ name: String, default fallback: Int) throws(UsageError) -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text) else { throw UsageError(message: "\(name) 应为整数 (\(name) takes a whole number)") }
        return value
    }
}
