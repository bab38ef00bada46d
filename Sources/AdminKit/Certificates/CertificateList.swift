import QuestionBank

/// The certificates a results list calls for: one per row with an award, a person's or a unit's.
///
/// A row with a 称号 as well as a 奖项 gets one certificate naming both; a row without a 奖项
/// gets none (the public list leaves it out too).
public struct CertificateList: Sendable {
    public var file: String
    public var certificates: [Certificate] = []
    public var diagnostics: [AdminDiagnostic<CertificateProblem>] = []
    /// Whether the list names people (姓名) or only units.
    public var namesPeople = false
    public var hasTitles = false

    public var hasErrors: Bool { diagnostics.errorCount() > 0 }

    public init(_ read: TableReader.Result, file: String) {
        self.file = file
        diagnostics = read.diagnostics.map { AdminDiagnostic(reading: $0) }
        guard !read.sheets.isEmpty else { return }
        guard let sheet = RecordSheet<CertificateColumn>(read.sheets) else {
            diagnostics.append(AdminDiagnostic(file: file, location: nil, problem: .noHeader))
            return
        }
        namesPeople = sheet.columns.contains(.name)
        for record in sheet.records where !record[.award].isEmpty {
            guard !record[.name].isEmpty || !record[.unit].isEmpty else {
                diagnostics.append(AdminDiagnostic(file: file, location: record.location, problem: .missingRecipient))
                continue
            }
            certificates.append(
                Certificate(
                    rank: record[.rank], name: record[.name], unit: record[.unit], award: record[.award],
                    title: record[.title], members: record[.members], location: record.location))
        }
        hasTitles = certificates.contains { !$0.title.isEmpty }
        if certificates.isEmpty && !hasErrors {
            diagnostics.append(AdminDiagnostic(file: file, location: sheet.headerLocation, problem: .noAwards))
        }
    }
}
