/// One row of the entry list (报名表).
public typealias Entrant = Record<RegistrationColumn>

extension Record where Column == RegistrationColumn {
    /// 村社区 or 窗口前台: the members a team needs at least two of.
    var isFrontline: Bool {
        let category = StaffCategory(self[.category])
        return category == .village || category == .window
    }
}
