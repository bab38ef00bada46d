import AdminKit
import Foundation
import QuestionBank

#if canImport(Glibc)
    import Glibc
#endif

/// The day every test runs on, so which birth dates are in the future never depends on the clock.
let today = CalendarDate(year: 2026, month: 6, day: 1)!

/// An invented resident ID: the 17 digits given and their check character, computed here with the
/// standard's weight table rather than the code under test.
func residentID(_ digits: String) -> String {
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(digits.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
    return digits + String(Array("10X98765432")[sum % 11])
}

/// The same ID with a wrong check character, as a slip of the finger would leave it.
func mistyped(_ digits: String) -> String {
    digits + (residentID(digits).last == "0" ? "1" : "0")
}

/// The entry list's header as the notices' form has it.
let entryHeader = [
    "单位", "姓名", "性别", "民族", "出生年月", "文化程度", "身份证号码", "联系电话", "人员类别", "用工性质", "本工种工龄",
    "养老保险年限", "技术等级", "取证时间",
]

/// One invented entrant's row, valid under every rule set unless a field is overridden.
func entryRow(
    unit: String = "城东社区", name: String = "王小明", sex: String = "男", birth: String = "1990.05",
    id: String = residentID("32082119900501001"), phone: String = "13912345678", category: String = "窗口前台",
    employment: String = "非编", jobYears: String = "3", pension: String = "2", level: String = "无"
) -> [String] {
    [unit, name, sex, "汉族", birth, "大专", id, phone, category, employment, jobYears, pension, level, ""]
}

/// Rows as CSV text, header first, the way Excel's "CSV UTF-8" writes them.
func csv(_ rows: [[String]], header: [String] = entryHeader) -> String {
    ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
}

/// `registration check` on CSV text, without touching the disk.
func check(_ rows: [[String]], rules: RegistrationRules = .none, header: [String] = entryHeader) -> RegistrationReport {
    let file = "报名表.csv"
    let table = TableReader.read(Array(csv(rows, header: header).utf8), file: file)
    return RegistrationCheck.run(table, file: file, rules: rules, today: today)
}

/// The codes of a report's problems, in order, for compact expectations.
func codes(_ report: RegistrationReport) -> [String] { report.diagnostics.map(\.problem.code) }

/// Text in another encoding, converted by the C library as an organiser's Excel would have saved it.
func encode(_ text: String, as encoding: String) -> [UInt8] {
    let descriptor = iconv_open(encoding, "UTF-8")
    precondition(descriptor != iconv_t(bitPattern: -1), "iconv cannot convert to \(encoding)")
    defer { iconv_close(descriptor) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer -> Int in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var outPointer = outBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inBuffer.count
            var outLeft = outBuffer.count
            precondition(iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
            return outBuffer.count - outLeft
        }
    }
    return Array(output[..<produced])
}

/// A fresh folder under the system's temporary directory, removed by the caller.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "adminkit-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
