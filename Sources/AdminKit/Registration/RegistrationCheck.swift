import QuestionBank

/// `registration check`'s logic: an entry list's rows in, every problem and the unit summary out.
///
/// Pure: the table is already read and today's date is a parameter, so a test decides which birth
/// dates are in the future.
///
/// ```swift
/// let table = TableReader.read(path: "报名表.csv")
/// let report = RegistrationCheck.run(table, file: "报名表.csv", rules: .jiangyin, today: today)
/// for diagnostic in report.diagnostics { print(diagnostic.formatted()) }
/// ```
public enum RegistrationCheck {
    /// The columns every list needs, whatever the rules.
    static let requiredColumns: [RegistrationColumn] = [.unit, .name, .sex, .birth, .residentID, .phone]

    /// `photos` is the `--photos` folder's path and what it holds, the listing nil when it cannot be read.
    public static func run(
        _ table: TableReader.Result, file: String, rules: RegistrationRules = .none, today: CalendarDate,
        photos: (folder: String, listing: MaterialsListing?)? = nil
    ) -> RegistrationReport {
        var report = RegistrationReport(file: file, rules: rules, entrants: [], diagnostics: [], units: [])
        let needed = requiredColumns + rules.columns.filter { !requiredColumns.contains($0) }
        let opened = RecordSheet.open(table, file: file, required: needed, into: &report.diagnostics)
        guard let sheet = opened.sheet else { return report }
        report.entrants = sheet.records
        guard opened.isComplete else {
            report.units = summarise(sheet.records, diagnostics: [])
            return report
        }
        var checker = RowChecker(today: today)
        let eligibility = EligibilityCheck(rules: rules)
        var found: [(RegistrationProblem, SourceLocation)] = []
        for entrant in sheet.records {
            found += checker.check(entrant)
            found += eligibility.check(entrant)
        }
        found += rules.units(sheet.records)
        var photoFolderProblems: [RegistrationDiagnostic] = []
        if let photos {
            if let listing = photos.listing {
                let checked = RegistrationPhotos(rules: rules).check(sheet.records, in: listing)
                found += checked.problems
                photoFolderProblems = checked.unclaimed.map {
                    RegistrationDiagnostic(file: photos.folder, location: nil, problem: .unclaimedPhoto($0))
                }
            } else {
                photoFolderProblems = [
                    RegistrationDiagnostic(file: photos.folder, location: nil, problem: .unreadablePhotoFolder)
                ]
            }
        }
        let rowProblems = found.enumerated().sorted { lhs, rhs in
            let left = lhs.element.1.rowAndColumn
            let right = rhs.element.1.rowAndColumn
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map { RegistrationDiagnostic(file: file, location: $0.element.1, problem: $0.element.0) }
        report.diagnostics += rowProblems + photoFolderProblems
        report.units = summarise(sheet.records, diagnostics: rowProblems)
        return report
    }

    /// One line per unit in the order units first appear, with the problems on its members' rows.
    static func summarise(_ entrants: [Entrant], diagnostics: [RegistrationDiagnostic]) -> [UnitSummary] {
        var units: [UnitSummary] = []
        var index: [String: Int] = [:]
        var unitOfRow: [Int: Int] = [:]
        for entrant in entrants {
            let unit = entrant[.unit]
            if index[unit] == nil {
                index[unit] = units.count
                units.append(UnitSummary(unit: unit, members: 0, frontline: 0, problems: 0))
            }
            let position = index[unit]!
            units[position].members += 1
            if entrant.isFrontline { units[position].frontline += 1 }
            unitOfRow[entrant.rowNumber] = position
        }
        for diagnostic in diagnostics {
            guard let location = diagnostic.location,
                let position = unitOfRow[location.row]
            else { continue }
            units[position].problems += 1
        }
        return units
    }
}
