import Foundation
import OfficeDocuments
import QuestionBank
import Testing

@testable import AdminKit

struct InputTests {
    static let encodings: [(String, String)] = [("UTF-8", "utf-8"), ("UTF-8 with BOM", "bom"), ("GB18030", "GB18030")]

    @Test(arguments: encodings)
    func theListIsReadInEveryEncodingExcelSaves(label: String, encoding: String) {
        let text = csv([
            entryRow(), entryRow(name: "李四", sex: "女", id: residentID("32082119900501002"), phone: "0527-8888888"),
        ])
        let bytes: [UInt8] =
            switch encoding {
            case "bom": [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case "utf-8": Array(text.utf8)
            default: encode(text, as: encoding)
            }
        let table = TableReader.read(bytes, file: "报名表.csv")
        let report = RegistrationCheck.run(table, file: "报名表.csv", rules: .none, today: today)
        #expect(codes(report) == [], "\(label)")
        #expect(report.entrants.map { $0[.name] } == ["王小明", "李四"], "\(label)")
    }

    @Test func badBytesAreOneDiagnosticNamingTheLine() {
        let bytes = Array(csv([entryRow()]).utf8) + [0x81, 0x20]
        let report = RegistrationCheck.run(
            TableReader.read(bytes, file: "a.csv"), file: "a.csv", rules: .none, today: today)
        #expect(codes(report) == ["bad-encoding"])
    }

    @Test func aWorkbookIsReadAndProblemsNameItsCells() throws {
        var writer = WorkbookWriter()
        writer.addSheet("说明", rows: [["请填写第二张表"]])
        writer.addSheet(
            "报名表",
            rows: [
                ["2026年报名表"], entryHeader, entryRow(birth: "32994"),
                entryRow(name: "李四", sex: "女", birth: "1949.12", id: "110105194912310023"),
            ])
        let bytes = try writer.bytes()
        let report = RegistrationCheck.run(
            TableReader.read(bytes, file: "报名表.xlsx"), file: "报名表.xlsx", rules: .none, today: today)
        #expect(
            report.diagnostics.map { $0.formatted() } == [
                "报名表.xlsx:报名表!G4: 错误: 身份证号码的校验位应为 X，写的是 3：号码有误，请核对 [id-check-digit]",
                "报名表.xlsx:报名表!H4: 错误: 联系电话与报名表!H3重复 [duplicate-phone]",
            ])
        #expect(report.entrants.first?.rowNumber == 3)
    }

    @Test func aMissingFileIsADiagnosticNotACrash() {
        let table = TableReader.read(path: "/nonexistent/报名表.csv")
        let report = RegistrationCheck.run(table, file: "/nonexistent/报名表.csv", rules: .none, today: today)
        #expect(codes(report) == ["unreadable-file"])
    }
}
