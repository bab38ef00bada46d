import QuestionBank

/// The centres file read: each centre's kind (县级, 乡镇, 街道) and number of comprehensive windows.
///
/// Kinds are the rules' `windowMinimums` kinds; a cell naming one inside other words (`县级中心`)
/// or in English (`county`, `town`, `street`) reads as it.
public struct CentreList: Sendable {
    /// One centre as its row gives it.
    public struct Centre: Sendable {
        public var name: String
        public var kind: String
        public var windows: Int
        public var location: SourceLocation
    }

    public var file: String
    public var centres: [Centre]
    public var diagnostics: [LedgerFindingDiagnostic]
    /// False when the file, its header or a column was missing: staffing is then not checked at all.
    public var isRead = false

    static let englishKinds = ["county": "县级", "town": "乡镇", "township": "乡镇", "street": "街道", "subdistrict": "街道"]

    public static func read(_ table: TableReader.Result, file: String, kinds: [String]) -> CentreList {
        var list = CentreList(
            file: file, centres: [], diagnostics: table.diagnostics.map(AdminDiagnostic.init(reading:)))
        guard !table.sheets.isEmpty else { return list }
        guard let sheet = RecordSheet<CentreColumn>(table.sheets) else {
            list.diagnostics.append(LedgerFindingDiagnostic(file: file, location: nil, problem: .centresNoHeader))
            return list
        }
        let missing = sheet.missing(CentreColumn.allCases)
        guard missing.isEmpty else {
            list.diagnostics += missing.map {
                LedgerFindingDiagnostic(file: file, location: sheet.headerLocation, problem: .centresMissingColumn($0))
            }
            return list
        }
        list.isRead = true
        var first: [String: SourceLocation] = [:]
        for record in sheet.records {
            var problems: [(LedgerFinding, SourceLocation)] = []
            for column in CentreColumn.allCases where record[column].isEmpty {
                problems.append((.centresMissingValue(column), record.place(column)))
            }
            let kind = record[.kind].isEmpty ? nil : Self.kind(record[.kind], among: kinds)
            if !record[.kind].isEmpty && kind == nil {
                problems.append((.unknownCentreKind(record[.kind], known: kinds), record.place(.kind)))
            }
            let windowsText = record[.windows].replacingOccurrences(of: "个", with: "")
            let windows = Int(windowsText).flatMap { $0 >= 0 ? $0 : nil }
            if !record[.windows].isEmpty && windows == nil {
                problems.append((.badWindowCount(record[.windows]), record.place(.windows)))
            }
            let name = record[.centre]
            if !name.isEmpty, let earlier = first[name] {
                problems.append((.duplicateCentre(first: earlier), record.place(.centre)))
            } else if !name.isEmpty {
                first[name] = record.place(.centre)
            }
            list.diagnostics += problems.map { LedgerFindingDiagnostic(file: file, location: $0.1, problem: $0.0) }
            guard problems.isEmpty, let kind, let windows else { continue }
            list.centres.append(Centre(name: name, kind: kind, windows: windows, location: record.location))
        }
        return list
    }

    /// The rules' kind a cell names: as written, inside other words, or by its English name.
    static func kind(_ text: String, among kinds: [String]) -> String? {
        let compact = text.filter { !$0.isWhitespace }
        if let exact = kinds.first(where: { $0 == compact }) { return exact }
        if let english = englishKinds[compact.lowercased()], kinds.contains(english) { return english }
        return kinds.first { compact.contains($0) }
    }
}
