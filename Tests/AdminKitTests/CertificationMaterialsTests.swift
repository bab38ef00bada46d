import Foundation
import Testing

@testable import AdminKit

/// Materials folders written by each test itself: one folder per applicant, the group sheet on top.
struct CertificationMaterialsTests {
    static let id = residentID("15062619900501001")
    static let folder = "王小明_\(id)"
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0, count: 15_000)
    static let documents = ["身份证正反面.pdf", "学信网学历备案表.pdf", "工作证明.pdf", "申报表.pdf", "诚信承诺书.pdf"]

    /// A complete set for 王小明, changed by `edit` (file name → bytes, nil to leave it out), plus extra folders.
    static func materials(
        edit: [String: [UInt8]?] = [:], extraFolders: [String] = [], sheet: String? = "集体申报信息表.xlsx",
        folderName: String = folder
    ) throws -> String {
        let root = temporaryFolder()
        var files: [String: [UInt8]?] = Dictionary(uniqueKeysWithValues: documents.map { ($0, Array("%PDF".utf8)) })
        files["\(folder).JPG"] = jpeg
        for (name, bytes) in edit { files[name] = bytes }
        try FileManager.default.createDirectory(atPath: "\(root)/\(folderName)", withIntermediateDirectories: true)
        for (name, bytes) in files {
            guard let bytes else { continue }
            try Data(bytes).write(to: URL(fileURLWithPath: "\(root)/\(folderName)/\(name)"))
        }
        for extra in extraFolders {
            try FileManager.default.createDirectory(atPath: "\(root)/\(extra)", withIntermediateDirectories: true)
        }
        if let sheet { try Data("PK".utf8).write(to: URL(fileURLWithPath: "\(root)/\(sheet)")) }
        return root
    }

    static func check(_ root: String) -> CertificationReport {
        defer { try? FileManager.default.removeItem(atPath: root) }
        return certify(
            [applicantRow(id: id, years: "6")], level: 4, materials: MaterialsListing.read(path: root))
    }

    static let cases: [(String, [String: [UInt8]?], [String], String?, [String])] = [
        ("all there", [:], [], "集体申报信息表.xlsx", []),
        ("no photo", ["\(folder).JPG": nil], [], "集体申报信息表.xlsx", ["missing-photo"]),
        (
            "photo too big", ["\(folder).JPG": [0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: 21_000)], [],
            "集体申报信息表.xlsx", ["photo-too-large"]
        ),
        (
            "a PNG named .JPG", ["\(folder).JPG": [0x89, 0x50, 0x4E, 0x47, 0, 0]], [], "集体申报信息表.xlsx",
            ["photo-not-jpeg"]
        ),
        ("photo wrongly named", ["\(folder).JPG": nil, "IMG_0001.jpg": jpeg], [], "集体申报信息表.xlsx", ["photo-name"]),
        ("photo by keyword", ["\(folder).JPG": nil, "照片.jpg": jpeg], [], "集体申报信息表.xlsx", ["photo-name"]),
        ("no pledge", ["诚信承诺书.pdf": nil], [], "集体申报信息表.xlsx", ["missing-material"]),
        ("no work certificate", ["工作证明.pdf": nil], [], "集体申报信息表.xlsx", ["missing-material"]),
        ("no group sheet", [:], [], nil, ["no-group-sheet"]),
        ("a sheet that is a Word file", [:], [], "信息表.docx", ["no-group-sheet"]),
        ("a stray folder", [:], ["李红_150626198803150025"], "集体申报信息表.xlsx", ["stray-folder"]),
    ]

    @Test(arguments: cases)
    func eachMissingOrWrongFileIsReported(
        label: String, edit: [String: [UInt8]?], extra: [String], sheet: String?, expected: [String]
    ) throws {
        let report = Self.check(try Self.materials(edit: edit, extraFolders: extra, sheet: sheet))
        #expect(codes(report) == expected, "\(label)")
        #expect(report.materialsChecked)
    }

    @Test func aFolderNamedByTheIDAloneIsAccepted() throws {
        #expect(codes(Self.check(try Self.materials(folderName: Self.id))) == [])
    }

    @Test func aMissingFileNamesTheApplicantsRowAndMasksTheID() throws {
        let report = Self.check(try Self.materials(edit: ["诚信承诺书.pdf": nil], extraFolders: ["孙强_150626199001019999"]))
        #expect(
            report.diagnostics.map { $0.formatted() } == [
                "申报名单.csv:2:1: 错误: 「王小明_150626********\(Self.id.suffix(4))」缺少诚信承诺书 [missing-material]",
                "材料: 错误: 文件夹「孙强_150626********9999」对不上名单里的任何人（按身份证号码对照） [stray-folder]",
            ])
        let sheet = String(decoding: CertificationSheets.materials(report).dropFirst(3), as: UTF8.self)
        #expect(!sheet.contains(Self.id))
        #expect(
            sheet.contains("\r\n2,王小明,150626********\(Self.id.suffix(4)),王小明_150626********\(Self.id.suffix(4)),有问题,"))
    }

    @Test func anApplicantWithoutAFolderIsReported() {
        let listing = MaterialsListing(path: "材料", files: [.init(name: "信息表.xlsx", size: 10, head: [])], folders: [])
        let report = certify([applicantRow(years: "6")], level: 4, materials: listing)
        #expect(codes(report) == ["no-folder"])
    }

    @Test func aFolderThatIsNotThereIsAnError() {
        #expect(MaterialsListing.read(path: "/nonexistent/材料") == nil)
        let outcome = AdminCommand.run(
            ["certification", "check", "/nonexistent/a.csv", "--level", "4", "--materials", "/nonexistent/材料"],
            today: today)
        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("[unreadable-materials]"))
    }
}
