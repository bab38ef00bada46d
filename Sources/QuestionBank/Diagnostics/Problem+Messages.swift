import ContestCore
import ContestProtocol

extension Problem {
    /// The message in plain words, naming what is wrong and, where it helps, what to write instead.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .unreadableFile(.notFound):
            return zh ? "文件不存在" : "no such file"
        case .unreadableFile(.isDirectory):
            return zh ? "这是一个目录，不是题库文件" : "this is a directory, not a bank file"
        case .unreadableFile(.unreadable):
            return zh ? "无法读取文件（权限不足？）" : "cannot read the file (permissions?)"
        case .badEncoding:
            return zh
                ? "文件编码无法识别：既不是 UTF-8，也不是 GB18030（请在 Excel 中另存为“CSV UTF-8”）"
                : "unknown text encoding: neither UTF-8 nor GB18030 (save as \"CSV UTF-8\" in Excel)"
        case .emptyFile:
            return zh ? "文件是空的" : "the file is empty"
        case .noQuestions:
            return zh ? "题库中没有题目" : "the bank has no questions"
        case .jsonSyntax(let issue):
            return issue.message(language)
        case .bankNotObject:
            return zh
                ? "题库文件应为一个 JSON 对象 {\"format\": …, \"questions\": […]}"
                : "a bank must be one JSON object {\"format\": …, \"questions\": […]}"
        case .missingQuestions:
            return zh ? "缺少 \"questions\" 题目数组" : "the \"questions\" array is missing"
        case .questionNotObject:
            return zh ? "每道题应为一个 JSON 对象 {…}" : "each question must be a JSON object {…}"
        case .wrongType(let field, let expected):
            return zh
                ? "\"\(field)\" 应为\(expected.name(language))"
                : "\"\(field)\" must be \(expected.name(language))"
        case .unknownField(let name):
            return zh ? "未知字段 \"\(name)\"，已忽略" : "unknown key \"\(name)\", ignored"
        case .duplicateKey(let name):
            return zh ? "字段 \"\(name)\" 重复出现" : "key \"\(name)\" appears twice"
        case .unknownFormat(let format):
            return zh
                ? "格式标记 \"\(format)\" 不是 \"quiz-bank/1\"，按 quiz-bank/1 读取"
                : "format \"\(format)\" is not \"quiz-bank/1\"; read as quiz-bank/1"
        case .unterminatedQuote:
            return zh ? "引号没有闭合，直到文件结束" : "quoted field never closes before the end of the file"
        case .textAfterQuote:
            return zh ? "闭合引号后还有文字，已并入该单元格" : "text after a closing quote, kept in the cell"
        case .missingColumn(let field):
            return zh
                ? "缺少必需的列“\(field.chineseName)”（\(field.englishName)）"
                : "required column \"\(field.englishName)\" (\(field.chineseName)) is missing"
        case .unknownColumn(let name):
            return zh ? "无法识别的列“\(name)”，已忽略" : "unrecognised column \"\(name)\", ignored"
        case .duplicateColumn(let name):
            return zh ? "列“\(name)”重复" : "column \"\(name)\" appears twice"
        case .extraCells(let count):
            return zh
                ? "这一行比表头多出 \(count) 个非空单元格"
                : "this row has \(count) non-empty cell(s) beyond the header"
        case .missingID:
            return zh ? "缺少题目编号" : "the question has no id"
        case .duplicateID(let id, let first):
            return zh
                ? "题目编号“\(id)”重复（\(first.reference(zh))已用过）"
                : "duplicate id \"\(id)\" (first used on \(first.reference(zh)))"
        case .missingType:
            return zh ? "缺少题型" : "the question has no type"
        case .unknownType(let spelling):
            return zh
                ? "未知题型“\(spelling)”（可用：单选、多选、判断、填空、简答、论述）"
                : "unknown type \"\(spelling)\" (use single, multiple, truefalse, fill, short or essay)"
        case .missingStem:
            return zh ? "缺少题干" : "the question has no stem"
        case .duplicateStem(let first):
            return zh
                ? "题干与\(first.reference(zh))的题目相同"
                : "same stem as the question on \(first.reference(zh))"
        case .fillWithoutBlank:
            return zh
                ? "填空题题干中没有空位（用“（  ）”或“____”标出）"
                : "fill-in stem has no blank (mark it with \"（  ）\" or \"____\")"
        case .tooFewOptions(let count):
            return zh
                ? "选择题至少需要 2 个选项，这里只有 \(count) 个"
                : "a choice question needs at least 2 options, this one has \(count)"
        case .tooManyOptions(let count):
            return zh
                ? "选择题最多 8 个选项（A–H），这里有 \(count) 个"
                : "a choice question has at most 8 options (A–H), this one has \(count)"
        case .emptyOption(let letter):
            return zh ? "选项 \(letter) 是空的" : "option \(letter) is empty"
        case .duplicateOption(let letter, let sameAs):
            return zh ? "选项 \(letter) 与选项 \(sameAs) 内容相同" : "option \(letter) repeats option \(sameAs)"
        case .optionsNotAllowed(let type):
            return zh
                ? "\(type.chineseName)不应有选项"
                : "a \(type.englishName) question takes no options"
        case .missingAnswer:
            return zh ? "缺少答案" : "the question has no answer"
        case .missingReference:
            return zh
                ? "没有参考答案或评分要点，裁判将无所依据"
                : "no reference answer or marking points for the judges"
        case .badChoiceAnswer(let text):
            return zh
                ? "答案“\(text)”不是选项字母（应写作 A、ABD 或 A,B,D）"
                : "answer \"\(text)\" is not option letters (write A, ABD or A,B,D)"
        case .answerNotInOptions(let letter, let optionCount):
            let last = OptionLetter.letter(for: max(optionCount - 1, 0))
            return zh
                ? "答案 \(letter) 不在选项中（只有 A–\(last)）"
                : "answer \(letter) is not among the options (A–\(last) only)"
        case .severalAnswersForSingle(let text):
            return zh
                ? "单选题只能有一个答案，这里是“\(text)”（若有多个正确答案请改为多选题）"
                : "a single-choice question has one answer, not \"\(text)\" (make it multiple choice)"
        case .oneAnswerForMultiple:
            return zh ? "多选题只有一个正确答案" : "multiple-choice question with only one correct answer"
        case .repeatedAnswerLetter(let letter):
            return zh ? "答案中字母 \(letter) 重复" : "letter \(letter) repeats in the answer"
        case .badTrueFalseAnswer(let text):
            return zh
                ? "判断题答案“\(text)”无法识别（应写作 对/错、√/×、正确/错误 或 T/F）"
                : "true/false answer \"\(text)\" not recognised (write 对/错, √/×, 正确/错误 or T/F)"
        case .emptyFillAnswer:
            return zh ? "填空题答案中有空的备选答案" : "an accepted fill-in answer is empty"
        case .fillAnswerHasSeparator(let text):
            return zh
                ? "填空答案“\(text)”含有分隔符 |，转换为 CSV 时会被拆开"
                : "fill-in answer \"\(text)\" contains the separator |, which splits it in CSV"
        case .badDifficulty(let text):
            return zh
                ? "难度“\(text)”无法识别（应为 1、2、3 或 易、中、难）"
                : "difficulty \"\(text)\" not recognised (use 1, 2, 3 or easy, medium, hard)"
        case .missingDifficulty:
            return zh ? "没有难度，按 1（易）处理" : "no difficulty given, taken as 1 (easy)"
        case .badPoints(let text):
            return zh ? "分值“\(text)”应为正整数" : "points \"\(text)\" must be a positive whole number"
        case .ignoredText(let excerpt):
            return zh ? "无法识别的文字，已忽略：「\(excerpt)」" : "text not recognised, ignored: \"\(excerpt)\""
        case .typeInferred(let type):
            return zh
                ? "没有题型标题，按答案推断为\(type.chineseName)"
                : "no section heading gives the type; taken as \(type.englishName) from the answer"
        case .optionsAfterAnswer:
            return zh ? "选项出现在答案之后，仍作为本题选项" : "options after the answer, still taken as this question's options"
        case .optionOutOfOrder(let letter, let expected):
            return zh
                ? "选项 \(letter) 出现在应为选项 \(expected) 的位置（选项字母须依次排列）"
                : "option \(letter) where option \(expected) should be (options must run in order)"
        case .keyWithoutQuestion(let number):
            return zh
                ? "答案表中的第 \(number) 题没有对应的题目，已忽略"
                : "the answer key gives an answer for question \(number), which does not exist; ignored"
        case .keyCountMismatch(let range, let expected, let found):
            return zh
                ? "答案表“\(range)”应有 \(expected) 个答案，这里是 \(found) 个，这一段答案未采用"
                : "answer key \"\(range)\" needs \(expected) answers but has \(found); that range is not used"
        case .answerConflict(let kept, let other):
            return zh
                ? "本题答案给了两次：采用“\(kept)”，忽略“\(other)”"
                : "the answer is given twice: \"\(kept)\" is used, \"\(other)\" ignored"
        case .fillBlankCount(let blanks, let answers):
            return zh
                ? "题干有 \(blanks) 个空，答案却给了 \(answers) 个（各空答案用“｜”或“；”分隔）"
                : "the stem has \(blanks) blanks but the answer gives \(answers) (separate them with | or ；)"
        case .tooManyFillCombinations(let count):
            return zh
                ? "各空同义答案组合有 \(count) 种，超过 16 种，只采用每空的第一个答案"
                : "\(count) combinations of synonyms, more than 16: only each blank's first answer is used"
        case .unexpectedItemNumber(let found, let expected):
            return zh
                ? "题号 \(found) 不连续（应为 \(expected)）" : "question number \(found) out of sequence (expected \(expected))"
        case .officeDocument(let error):
            return error.message(chinese: zh)
        case .sheetWithoutHeader(let name):
            return zh
                ? "工作表“\(name)”没有表头行（需有题干、答案列），已跳过"
                : "sheet \"\(name)\" has no header row naming the stem and answer columns; skipped"
        }
    }
}

extension JSONSyntaxIssue {
    func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .expected(let token, let found):
            let seen = found.map { zh ? "“\($0)”" : "\"\($0)\"" } ?? (zh ? "文件结尾" : "the end of the file")
            return zh
                ? "JSON 语法错误：此处应为\(token.name(language))，却是\(seen)"
                : "JSON syntax: expected \(token.name(language)), found \(seen)"
        case .unterminatedString:
            return zh ? "JSON 语法错误：字符串没有闭合引号" : "JSON syntax: string has no closing quote"
        case .controlCharacterInString:
            return zh
                ? "JSON 语法错误：字符串中有未转义的换行或控制字符（换行请写作 \\n）"
                : "JSON syntax: raw line break or control character in a string (write \\n)"
        case .badEscape(let text):
            return zh ? "JSON 语法错误：无效的转义“\(text)”" : "JSON syntax: invalid escape \"\(text)\""
        case .badNumber(let text):
            return zh ? "JSON 语法错误：无效的数字“\(text)”" : "JSON syntax: invalid number \"\(text)\""
        case .trailingContent(let text):
            return zh
                ? "JSON 语法错误：题库对象结束后还有内容“\(text)”"
                : "JSON syntax: content \"\(text)\" after the end of the bank"
        case .tooDeep:
            return zh ? "JSON 语法错误：嵌套过深" : "JSON syntax: nested too deeply"
        }
    }
}

extension JSONToken {
    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.value, .chinese): "一个值"
        case (.key, .chinese): "带引号的字段名"
        case (.colon, .chinese): "冒号 :"
        case (.commaOrObjectEnd, .chinese): "逗号 , 或 }"
        case (.commaOrArrayEnd, .chinese): "逗号 , 或 ]"
        case (.value, .english): "a value"
        case (.key, .english): "a quoted key"
        case (.colon, .english): "a colon :"
        case (.commaOrObjectEnd, .english): "a comma , or }"
        case (.commaOrArrayEnd, .english): "a comma , or ]"
        }
    }
}

extension QuestionType {
    /// The English name used in messages, matching the canonical JSON spelling.
    var englishName: String {
        switch self {
        case .single: "single-choice"
        case .multiple: "multiple-choice"
        case .trueFalse: "true/false"
        case .fill: "fill-in-the-blank"
        case .short: "short-answer"
        case .essay: "essay"
        }
    }
}
