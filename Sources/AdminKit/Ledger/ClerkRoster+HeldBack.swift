import QuestionBank

extension ClerkRoster {
    /// The roster's errors in the cells of `clerk` that a rule reads, so the clerk is held back rather than paid or graded wrong.
    ///
    /// `months` picks the rating columns read (a year's); a problem elsewhere on the row (a
    /// rating of another year, say) does not hold the clerk back.
    func errors(
        of clerk: Clerk, in columns: [LedgerColumn], months: (YearMonth) -> Bool = { _ in false }
    ) -> [LedgerDiagnostic] {
        var places = Set(columns.compactMap { clerk.row.places[$0] })
        for (header, place) in clerk.row.otherPlaces where YearMonth(header).map(months) == true {
            places.insert(place)
        }
        return diagnostics.filter { diagnostic in
            diagnostic.severity == .error && diagnostic.file == file
                && diagnostic.location.map { places.contains($0) } == true
        }
    }

    /// The columns of `needed` the roster lacks, each as a sheet-wide problem at the header.
    func missingColumns(_ needed: [LedgerColumn]) -> [LedgerReportDiagnostic] {
        guard let first = clerks.first else { return [] }
        return needed.filter { first.row.places[$0] == nil }.map {
            LedgerReportDiagnostic(file: file, location: nil, problem: .missingColumn($0))
        }
    }
}
