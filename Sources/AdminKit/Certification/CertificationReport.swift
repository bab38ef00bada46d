import QuestionBank

/// A problem `certification check` found, with its place.
public typealias CertificationDiagnostic = AdminDiagnostic<CertificationProblem>

/// What `certification check` found: each applicant's verdict, every problem, and the materials' folders.
public struct CertificationReport: Sendable {
    /// One applicant's result: the condition that qualifies them, or the closest one and its gaps.
    public struct Verdict: Sendable {
        public var applicant: Applicant
        /// Nil only when the level has no conditions in the rules.
        public var eligibility: Eligibility?

        public var isEligible: Bool { eligibility?.isEligible ?? false }
    }

    public var file: String
    public var level: Int
    public var verdicts: [Verdict] = []
    public var diagnostics: [CertificationDiagnostic] = []
    /// Whether `--materials` was given, so the outputs say "not checked" rather than "all there".
    public var materialsChecked = false
    /// Each applicant's folder among the materials, by the row number of the list.
    public var folderOfRow: [Int: String] = [:]

    public var errorCount: Int { diagnostics.errorCount() }
    public var warningCount: Int { diagnostics.warningCount() }
    public var hasErrors: Bool { errorCount > 0 }
    public var eligibleCount: Int { verdicts.filter(\.isEligible).count }
    public var materialsProblems: [CertificationDiagnostic] { diagnostics.filter(\.problem.isAboutMaterials) }

    /// The problems on an applicant's row, the materials' apart or only.
    public func problems(of applicant: Applicant, materials: Bool) -> [CertificationDiagnostic] {
        diagnostics.filter {
            $0.location?.row == applicant.rowNumber && $0.problem.isAboutMaterials == materials
                && $0.file == file
        }
    }
}
