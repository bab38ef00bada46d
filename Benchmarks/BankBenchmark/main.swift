import ContestCore
import Foundation
import QuestionBank

/// Measures loading and validating a 100,000-question bank in JSON and in CSV, and its first 10,000
/// questions in paper layout, as a Word document and as a workbook (a paper of that size is already
/// far longer than any 命题组 sends).
///
/// A benchmark, not a test: run it in a release build and read the figures.
///
///     $ swift run -c release bank-benchmark
///     generated 100000 questions: JSON 39.1 MB, CSV 29.5 MB
///     paper layout: first 10000 questions, 99348 lines, 3.6 MB
///     JSON load+validate: best 0.43 s wall (runs 0.50, 0.48, 0.43; CPU 0.50, 0.48, 0.43)
///     CSV  load+validate: best 0.28 s wall (runs 0.30, 0.28, 0.28; CPU 0.30, 0.28, 0.28)
///     Paper load+validate: best 0.12 s wall (runs 0.13, 0.13, 0.12; CPU 0.13, 0.13, 0.12)
///     Word and Excel: the same 10000 questions, .docx 0.6 MB, .xlsx 0.9 MB
///     Word  load+validate: best 0.36 s wall (runs 0.36, 0.44, 0.53; CPU 0.36, 0.44, 0.53)
///     Excel load+validate: best 0.26 s wall (runs 0.26, 0.31, 0.33; CPU 0.26, 0.31, 0.33)

let questionCount = 100_000
let runs = 3

/// Deterministic filler text, so every run measures the same bank and every stem is different.
struct TextGenerator {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private let words = [
        "政务服务", "一网通办", "窗口", "申请人", "材料", "受理", "办结", "告知", "承诺", "电子证照", "好差评", "帮办代办",
        "跨省通办", "容缺", "首问负责", "限时", "规范", "群众", "企业", "事项", "办理", "热线", "数据共享", "审批",
    ]

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    mutating func phrase(_ count: Int) -> String {
        (0..<count).map { _ in words[Int(next() % UInt64(words.count))] }.joined()
    }
}

func generateBank() -> Bank {
    var generator = TextGenerator()
    var questions: [Question] = []
    questions.reserveCapacity(questionCount)
    for index in 0..<questionCount {
        let type = QuestionType.allCases[index % QuestionType.allCases.count]
        var stem = "第\(index + 1)题：关于\(generator.phrase(6))，下列说法正确的是"
        var options: [String] = []
        let answer: Answer
        switch type {
        case .single:
            options = (0..<4).map { "\(generator.phrase(3))\($0 + 1)" }
            answer = .choices([Int(generator.next() % 4)])
        case .multiple:
            options = (0..<5).map { "\(generator.phrase(3))\($0 + 1)" }
            answer = .choices([0, 2, 3])
        case .trueFalse: answer = .truth(generator.next() % 2 == 0)
        case .fill:
            stem += "（  ）"
            answer = .accepted([generator.phrase(1), generator.phrase(2)])
        case .short: answer = .reference(generator.phrase(12))
        case .essay: answer = .reference("要点：\n1. " + generator.phrase(8) + "\n2. " + generator.phrase(8))
        }
        questions.append(
            Question(
                id: "B\(index + 1)", type: type, stem: stem, options: options, answer: answer,
                category: generator.phrase(1), difficulty: index % 3 + 1, points: index % 10 == 0 ? 20 : nil,
                explanation: generator.phrase(8), source: "基准测试"))
    }
    return Bank(title: "基准题库", questions: questions)
}

/// CPU time of this process, which other engineers' builds on the shared cores do not inflate.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func measure(_ label: String, path: String, count: Int = questionCount) {
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
        let clock = ContinuousClock()
        var result: BankLoadResult?
        let cpuStart = processCPUSeconds()
        let elapsed = clock.measure { result = BankLoader.load(path: path) }
        cpu.append(processCPUSeconds() - cpuStart)
        guard let result, result.diagnostics.isEmpty, result.bank.questions.count == count else {
            print("\(label): unexpected result: \(result?.diagnostics.prefix(3).map { $0.formatted(.english) } ?? [])")
            exit(1)
        }
        wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    func list(_ values: [Double]) -> String { values.map { String(format: "%.2f", $0) }.joined(separator: ", ") }
    let best = String(format: "%.2f", wall.min() ?? 0)
    print("\(label) load+validate: best \(best) s wall (runs \(list(wall)); CPU \(list(cpu)))")
}

let folder = NSTemporaryDirectory() + "bank-benchmark-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
let bank = generateBank()
let jsonPath = folder + "/bank.json"
let csvPath = folder + "/bank.csv"
let paperPath = folder + "/bank.paper.txt"
let paperCount = 10_000
let paperBank = Bank(title: bank.title, questions: Array(bank.questions.prefix(paperCount)))
let paperLines = PaperBankWriter.lines(paperBank).count
try Data(JSONBankWriter.write(bank).utf8).write(to: URL(fileURLWithPath: jsonPath))
try Data(CSVBankWriter.write(bank)).write(to: URL(fileURLWithPath: csvPath))
try Data(PaperBankWriter.write(paperBank)).write(to: URL(fileURLWithPath: paperPath))
let wordPath = folder + "/bank.docx"
let workbookPath = folder + "/bank.xlsx"
try Data(OfficeBankWriter.word(paperBank)).write(to: URL(fileURLWithPath: wordPath))
try Data(OfficeBankWriter.workbook(paperBank, headerLanguage: .chinese)).write(to: URL(fileURLWithPath: workbookPath))
func megabytes(_ path: String) -> String {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return String(format: "%.1f MB", Double(size) / 1_000_000)
}
print("generated \(questionCount) questions: JSON \(megabytes(jsonPath)), CSV \(megabytes(csvPath))")
print("paper layout: first \(paperCount) questions, \(paperLines) lines, \(megabytes(paperPath))")
measure("JSON", path: jsonPath)
measure("CSV ", path: csvPath)
measure("Paper", path: paperPath, count: paperCount)
print(
    "Word and Excel: the same \(paperCount) questions, .docx \(megabytes(wordPath)), .xlsx \(megabytes(workbookPath))")
measure("Word ", path: wordPath, count: paperCount)
measure("Excel", path: workbookPath, count: paperCount)
