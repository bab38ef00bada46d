import ContestCore

extension SlipProblem {
    /// The message in plain words, naming the admission number or the entry and what to do.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .unreadable:
            return zh ? "无法读取这个文件：请检查路径" : "cannot read this file; check the path"
        case .notTokensFile:
            return zh
                ? "不是 quiz-server --exam 写出的口令文件（tokens.json，应有 candidates 列表）"
                : "not the tokens file quiz-server --exam writes (tokens.json with a candidates list)"
        case .missingToken(let candidate, let name):
            return zh
                ? "准考证号 \(candidate)（\(name)）在口令文件中没有口令：请用本场考试的 tokens.json，或先以这份考试文件启动一次 quiz-server --exam"
                : "admission number \(candidate) (\(name)) has no token in the tokens file; use this exam's tokens.json, or start quiz-server --exam once with this exam file"
        case .repeatedToken(let candidate, let first, let again):
            return zh
                ? "口令文件 candidates[\(again)] 的准考证号 \(candidate) 与 candidates[\(first)] 重复：不知该印哪个口令"
                : "tokens file candidates[\(again)]: admission number \(candidate) repeats candidates[\(first)]; which token to print is unclear"
        case .strayToken(let candidate, let index):
            return zh
                ? "口令文件 candidates[\(index)] 的准考证号 \(candidate) 不在考试文件的考生名单中：不打印"
                : "tokens file candidates[\(index)]: admission number \(candidate) is not on the exam's roster; not printed"
        case .nameDiffers(let candidate, let exam, let tokens):
            return zh
                ? "准考证号 \(candidate) 在考试文件中是「\(exam)」，在口令文件中是「\(tokens)」：准考证按考试文件打印"
                : "admission number \(candidate) is \(exam) in the exam file but \(tokens) in the tokens file; the slip prints the exam file's"
        case .paperUnreadable(let paper):
            return zh
                ? "无法读取试卷文件 \(paper)：考试名称或时长取不到，准考证上留空待填"
                : "cannot read the paper \(paper): the title or the length is unknown and left blank on the slips"
        case .noStart:
            return zh
                ? "考试文件没有写「start」（开考时间）：准考证上印「以考场通知为准」"
                : "the exam file has no start time: the slips say \"as announced in the hall\""
        case .noURL:
            return zh
                ? "未给出 --url：准考证上的考试网址留空，请监考员现场公布"
                : "no --url: the exam address is left blank on the slips for the proctors to announce"
        }
    }
}
