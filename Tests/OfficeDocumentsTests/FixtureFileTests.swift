import Foundation
import OfficeDocuments
import Testing

/// Real-world files from Tests/Fixtures/office (python-docx, openpyxl, WPS-like, an OLE2 .doc),
/// copied here so the reader is checked against what other writers produce.
struct FixtureFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test func pythonDocxAutomaticNumberingReadsWithItsLabels() throws {
        let paragraphs = try WordDocumentReader.read(Self.bytes("paper-auto-numbering.docx")).paragraphs
        let first = paragraphs.prefix(8).map { ($0.numbering?.label ?? "") + $0.text }
        #expect(
            first == [
                "政务服务综合窗口业务知识测试题", "一、单项选择题（每题2分）", "1.关于在业务专网电脑上使用移动存储介质，下列做法正确的是（ ）",
                "A.使用单位统一配发、经过登记并查杀病毒的移动存储介质", "B.随意插入个人U盘拷贝文件", "C.用手机数据线连接电脑给手机充电",
                "D.把业务数据拷贝回家加班处理", "2.下列行为中，属于代办员正确履职的是（ ）",
            ])
        #expect(paragraphs.map(\.number) == Array(1...paragraphs.count))
    }

    @Test func anotherPrefixReadsLikeW() throws {
        let paragraphs = try WordDocumentReader.read(Self.bytes("strange-prefix.docx")).paragraphs
        #expect(paragraphs.prefix(3).map(\.text) == ["窗口服务规范小测验", "一、单项选择题", "1．工作人员在窗口接待群众时，首先应当（　　）。"])
    }

    @Test func wpsWorkbookReadsEverySheetWithTheHiddenOneMarked() throws {
        let workbook = try WorkbookReader.read(Self.bytes("wps-style.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["Sheet1", "题库二", "lists"])
        #expect(workbook.sheets.map(\.isHidden) == [false, false, true])
        #expect(workbook.sheets[0].rows[1].cells.map(\.text).prefix(3) == ["E-001", "single", "下列关于窗口服务时间的说法，正确的是："])
    }

    @Test func word97DocumentIsRefusedWithWhatToDo() {
        #expect(throws: OfficeDocumentError.legacyOfficeFormat) {
            try WordDocumentReader.read(Self.bytes("old-word.docx"))
        }
    }
}
