import ContestCore
import ExamCore
import Testing

@Suite struct PracticalRubricTests {
    @Test func theDefaultSheetIsOutOfAHundred() {
        #expect(PracticalRubric().maximum == 100)
        #expect(PracticalRubric().items.map(\.name) == ["仪容仪表", "服务用语", "受理审核", "一次性告知", "应急处置"])
    }
}
