import QuestionBank

/// Staffing against the centres file: one clerk per comprehensive window, and each kind's minimum of windows.
///
/// Clerks counted are those on post on the check date. A centre on the roster but not in the
/// centres file, or listed there with nobody on the roster, is an error: neither can be checked.
/// A centres file that cannot be read (no header, a column missing) checks nothing.
public enum StaffingCheck {
    /// The findings, each with the centre it is about, at the centres file's row or the roster's first row of the centre.
    public static func findings(
        roster: ClerkRoster, centres: CentreList, rules: LedgerRules, today: CalendarDate
    ) -> [(centre: String, diagnostic: LedgerFindingDiagnostic)] {
        guard centres.isRead else { return [] }
        var found: [(String, LedgerFindingDiagnostic)] = []
        let rosterCentres = roster.centres.filter { !$0.centre.isEmpty }
        let listed = Dictionary(centres.centres.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, clerks) in rosterCentres where listed[name] == nil {
            found.append(
                (
                    name,
                    LedgerFindingDiagnostic(
                        file: roster.file, location: clerks.first?.row.location,
                        problem: .centreNotInCentresFile(centre: name, file: centres.file))
                ))
        }
        let staffByCentre = Dictionary(rosterCentres.map { ($0.centre, $0.clerks) }, uniquingKeysWith: +)
        for centre in centres.centres {
            let place = { (problem: LedgerFinding) in
                (centre.name, LedgerFindingDiagnostic(file: centres.file, location: centre.location, problem: problem))
            }
            guard let clerks = staffByCentre[centre.name] else {
                found.append(place(.centreNotInRoster(centre: centre.name, windows: centre.windows)))
                continue
            }
            let onPost = clerks.filter { $0.hired.map { $0 <= today } ?? true }.count
            let needed = centre.windows * rules.clerksPerWindow
            if onPost < needed {
                found.append(
                    place(.understaffed(centre: centre.name, clerks: onPost, windows: centre.windows, needed: needed)))
            }
            if let minimum = rules.windowMinimums.first(where: { $0.kind == centre.kind }),
                centre.windows < minimum.windows
            {
                found.append(
                    place(
                        .tooFewWindows(
                            centre: centre.name, kind: centre.kind, windows: centre.windows, minimum: minimum.windows)))
            }
        }
        return found
    }
}
