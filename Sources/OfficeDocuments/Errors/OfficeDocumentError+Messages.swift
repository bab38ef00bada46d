/// The two renderings of every error, kept apart from the cases so each reads as one table.
extension OfficeDocumentError {
    var chineseMessage: String {
        switch self {
        case .legacyOfficeFormat:
            return
                "这不是 Word/Excel 的 .docx/.xlsx 文件，而是 Word/Excel 97–2003 的 .doc/.xls：请在 Word 或 Excel 中另存为 .docx/.xlsx 后再导入"
        case .notZip:
            return "这不是 Word/Excel 文件（.docx/.xlsx 是 ZIP 压缩包，此文件不是）；Word 97–2003 的 .doc/.xls 须另存为 .docx/.xlsx"
        case .truncated(let entry, let offset):
            return "文件不完整（在第 \(offset) 字节处截断\(entry.map { "，条目 \($0)" } ?? "")），可能未下载或复制完整"
        case .badCentralDirectory(let offset):
            return "ZIP 目录在第 \(offset) 字节处损坏"
        case .badLocalHeader(let entry, let offset):
            return "ZIP 条目 \(entry) 的本地文件头（第 \(offset) 字节）损坏"
        case .spannedArchive:
            return "不支持分卷 ZIP 压缩包"
        case .zip64(let entry):
            return "不支持 ZIP64 格式\(entry.map { "（条目 \($0)）" } ?? "")：文件超过 4 GiB 或条目过多"
        case .tooManyEntries(let count, let limit):
            return "ZIP 中有 \(count) 个条目，超过上限 \(limit)"
        case .encryptedEntry(let entry):
            return "条目 \(entry) 已加密：请在 Word/Excel 中取消密码保护后另存再导入"
        case .unsupportedMethod(let entry, let method):
            return "条目 \(entry) 使用不支持的压缩方法 \(method)（只支持 0 存储和 8 Deflate）"
        case .entryTooLarge(let entry, let size, let limit):
            return "条目 \(entry) 解压后 \(size) 字节，超过上限 \(limit) 字节"
        case .archiveTooLarge(let size, let limit):
            return "文件解压后共 \(size) 字节，超过上限 \(limit) 字节"
        case .compressionRatioTooHigh(let entry, let compressed, let uncompressed, let limit):
            return "条目 \(entry) 从 \(compressed) 字节解压为 \(uncompressed) 字节，压缩比超过 \(limit):1，疑似压缩炸弹，拒绝读取"
        case .corruptData(let entry, let offset):
            return "条目 \(entry) 的压缩数据（第 \(offset) 字节起）已损坏"
        case .crcMismatch(let entry, let expected, let actual):
            return "条目 \(entry) 校验失败（CRC-32 应为 \(hex(expected))，实为 \(hex(actual))），文件已损坏"
        case .sizeMismatch(let entry, let declared, let actual):
            return "条目 \(entry) 声明 \(declared) 字节，实际 \(actual) 字节，文件已损坏"
        case .inflatesBeyondDeclaredSize(let entry, let declared):
            return "条目 \(entry) 解压后超过声明的 \(declared) 字节，疑似压缩炸弹，已停止解压"
        case .missingPart(let part):
            return "文件中缺少 \(part)：不是有效的 Word/Excel 文件，或 Word 与 Excel 文件放错了"
        case .missingRelationship(let part, let id):
            return "\(part) 引用的关系 \(id) 不存在"
        case .unexpectedRoot(let part, let found, let expected):
            return "\(part) 的根元素是 <\(found)>，应为 <\(expected)>：可能把 Excel 文件当作 Word 文件导入了，或者反过来"
        case .xml(let part, let error):
            return "\(part)：\(error.message(chinese: true))"
        case .badCellReference(let part, let reference, let offset):
            return "\(part) 第 \(offset) 字节处的单元格引用 \(reference) 无效"
        case .badSharedStringIndex(let part, let index, let offset):
            return "\(part) 第 \(offset) 字节处的共享字符串编号 \(index) 不存在"
        case .invalidSheetName(let name):
            return "工作表名“\(name)”无效：不能为空、不能超过 31 个字符、不能含 [ ] : * ? / \\"
        case .duplicateSheetName(let name):
            return "工作表名“\(name)”重复（Excel 不区分大小写）"
        }
    }

    var englishMessage: String {
        switch self {
        case .legacyOfficeFormat:
            return
                "this is not a Word/Excel file; .doc/.xls from Word 97–2003 must be saved as .docx/.xlsx (open it in Word or Excel and use Save As)"
        case .notZip:
            return
                "this is not a Word/Excel file (a .docx/.xlsx is a ZIP archive and this is not); .doc/.xls from Word 97–2003 must be saved as .docx/.xlsx"
        case .truncated(let entry, let offset):
            return
                "the file is cut short at byte offset \(offset)\(entry.map { " (entry \($0))" } ?? ""); it may not have been copied or downloaded completely"
        case .badCentralDirectory(let offset):
            return "the ZIP directory is damaged at byte offset \(offset)"
        case .badLocalHeader(let entry, let offset):
            return "the local header of ZIP entry \(entry) at byte offset \(offset) is damaged"
        case .spannedArchive:
            return "ZIP archives split over several disks are not supported"
        case .zip64(let entry):
            return
                "ZIP64 archives are not supported\(entry.map { " (entry \($0))" } ?? ""): over 4 GiB or too many entries"
        case .tooManyEntries(let count, let limit):
            return "the ZIP has \(count) entries, over the limit of \(limit)"
        case .encryptedEntry(let entry):
            return "entry \(entry) is encrypted: remove the password in Word/Excel, save, and import again"
        case .unsupportedMethod(let entry, let method):
            return "entry \(entry) uses compression method \(method); only 0 (stored) and 8 (deflate) are supported"
        case .entryTooLarge(let entry, let size, let limit):
            return "entry \(entry) is \(size) bytes uncompressed, over the limit of \(limit) bytes"
        case .archiveTooLarge(let size, let limit):
            return "the entries total \(size) bytes uncompressed, over the limit of \(limit) bytes"
        case .compressionRatioTooHigh(let entry, let compressed, let uncompressed, let limit):
            return
                "entry \(entry) expands from \(compressed) to \(uncompressed) bytes, a ratio over \(limit):1; refused as a likely zip bomb"
        case .corruptData(let entry, let offset):
            return "the compressed data of entry \(entry) from byte offset \(offset) is damaged"
        case .crcMismatch(let entry, let expected, let actual):
            return
                "entry \(entry) fails its check (CRC-32 \(hex(actual)), expected \(hex(expected))): the file is damaged"
        case .sizeMismatch(let entry, let declared, let actual):
            return "entry \(entry) declares \(declared) bytes but holds \(actual): the file is damaged"
        case .inflatesBeyondDeclaredSize(let entry, let declared):
            return "entry \(entry) inflates past its declared \(declared) bytes; stopped there as a likely zip bomb"
        case .missingPart(let part):
            return
                "the file has no \(part): it is not a valid Word/Excel file, or a Word file was given where an Excel file was expected (or the reverse)"
        case .missingRelationship(let part, let id):
            return "\(part) refers to relationship \(id), which is not defined"
        case .unexpectedRoot(let part, let found, let expected):
            return
                "the root element of \(part) is <\(found)>, expected <\(expected)>: perhaps an Excel file was given as a Word file, or the reverse"
        case .xml(let part, let error):
            return "\(part): \(error.message(chinese: false))"
        case .badCellReference(let part, let reference, let offset):
            return "\(part): cell reference \(reference) at byte offset \(offset) is not valid"
        case .badSharedStringIndex(let part, let index, let offset):
            return "\(part): shared string \(index) at byte offset \(offset) does not exist"
        case .invalidSheetName(let name):
            return "sheet name \"\(name)\" is not valid: it must be 1 to 31 characters without [ ] : * ? / \\"
        case .duplicateSheetName(let name):
            return "sheet name \"\(name)\" is used twice (Excel ignores case)"
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
