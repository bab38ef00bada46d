import ContestCore

extension ExamFile {
    /// The demo exam's roster: 20 invented candidates from invented towns; every name here is made up.
    public static let demoCandidates: [ExamCandidate] = {
        let names = [
            "王芳", "李静", "张伟", "刘洋", "陈晨", "杨帆", "赵敏", "黄磊", "周婷", "吴昊",
            "徐丽", "孙杰", "马媛", "朱琳", "胡斌", "郭倩", "何松", "高远", "林悦", "罗成",
        ]
        let towns = ["城东", "城西", "南湖", "北岭", "青石"]
        return names.enumerated().map { index, name in
            ExamCandidate(
                candidate: "202612\(String(10_000 + index + 1).dropFirst())",
                name: name, unit: "示例县\(towns[index % towns.count])镇便民服务中心")
        }
    }()

    /// The server's `--exam` without a file: the demo roster on `paper`, open from `now` for the paper's time.
    ///
    /// The pass mark is 60% of the paper's total, so a small demo paper can still be passed.
    public static func demo(paper: WrittenPaper, now: Micros) -> Exam {
        Exam(
            title: paper.title, paper: paper, candidates: demoCandidates, start: now,
            duration: Time.seconds(max(paper.timeLimitMinutes, 1) * 60), lateEntry: Time.seconds(15 * 60),
            shuffle: Shuffle(), seed: 20_261_210, passMark: Points(hundredths: paper.totalPoints.hundredths * 60 / 100),
            grading: MarkingRules(), practical: PracticalRubric(),
            tokens: Exam.Tokens(proctors: 2, markers: 4, judges: 5))
    }
}
