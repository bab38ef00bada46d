import ContestCore
import QuestionBank

extension RegistrationProblem {
    /// The message in plain words, naming what is wrong and, where it helps, what to write instead.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .noHeader:
            return RecordSheet<RegistrationColumn>.noHeaderMessage(language)
        case .missingColumn(let column):
            return zh ? "缺少「\(column.rawValue)」列" : "the column \(column.rawValue) (\(column.englishName)) is missing"
        case .missingValue(let column):
            return zh ? "「\(column.rawValue)」没有填" : "\(column.rawValue) (\(column.englishName)) is empty"
        case .idLength(let count):
            return zh ? "身份证号码应为 18 位，这里是 \(count) 位" : "a resident ID has 18 characters, this one \(count)"
        case .idStoredAsNumber(let text):
            return zh
                ? "身份证号码「\(text)」被 Excel 存成了数字，后几位已丢失：请把该列设为文本后重新填写"
                : "the resident ID \(text) was stored by Excel as a number and lost its last digits: format the column as text and type it again"
        case .idFullWidth:
            return zh ? "身份证号码里有全角数字或字母，请改用半角" : "the resident ID has full-width digits or letters; use half-width ones"
        case .idCharacters(let text):
            return zh
                ? "身份证号码「\(text)」应为 17 位数字加一位数字或 X"
                : "the resident ID \(text) should be 17 digits followed by a digit or X"
        case .idProvince(let code):
            return zh ? "身份证号码的地区码「\(code)」不是有效的省份代码" : "the resident ID's region code \(code) names no province"
        case .idBirthDate(let text):
            return zh ? "身份证号码中的出生日期「\(text)」不存在" : "the birth date \(text) in the resident ID does not exist"
        case .idFutureBirth(let date):
            return zh ? "身份证号码中的出生日期 \(date) 晚于今天" : "the birth date \(date) in the resident ID is in the future"
        case .idCheckDigit(let expected, let found):
            return zh
                ? "身份证号码的校验位应为 \(expected)，写的是 \(found)：号码有误，请核对"
                : "the resident ID's check digit should be \(expected), not \(found): the number is mistyped"
        case .idLowercaseX:
            return zh ? "身份证号码末位的 x 应大写为 X" : "the resident ID's final x should be a capital X"
        case .unknownSex(let text):
            return zh ? "性别「\(text)」应为 男 或 女" : "sex \(text) should be 男 or 女"
        case .sexMismatch(let written, let fromID):
            return zh
                ? "性别写的是「\(written)」，身份证号码表明是「\(fromID)」"
                : "sex is written as \(written), the resident ID says \(fromID == "男" ? "male (男)" : "female (女)")"
        case .unreadableBirth(let text):
            return zh
                ? "出生年月「\(text)」读不懂：请写成 1990.05、1990-05、1990年5月 或 199005"
                : "birth month \(text) cannot be read: write 1990.05, 1990-05, 1990年5月 or 199005"
        case .birthMismatch(let written, let date):
            return zh
                ? "出生年月写的是「\(written)」，身份证号码中是 \(date.year)年\(date.month)月"
                : "birth month is written as \(written), the resident ID says \(date.year)-\(CalendarDate.twoDigits(date.month))"
        case .duplicateID(let first):
            return zh ? "身份证号码与\(first.reference(true))重复" : "the resident ID repeats \(first.reference(false))"
        case .duplicatePhone(let first):
            return zh ? "联系电话与\(first.reference(true))重复" : "the phone number repeats \(first.reference(false))"
        case .badPhone(let text):
            return zh
                ? "联系电话「\(text)」应为 11 位手机号或带区号的固定电话（如 0527-8888888）"
                : "phone \(text) should be an 11-digit mobile number or a landline with its area code (0527-8888888)"
        case .unknownCategory(let text):
            return zh
                ? "人员类别「\(text)」应为 村社区、窗口前台 或 其他"
                : "staff category \(text) should be 村社区, 窗口前台 or 其他"
        case .unknownEmployment(let text):
            return zh ? "用工性质「\(text)」应为 编制内 或 非编" : "employment \(text) should be 编制内 or 非编"
        case .unknownSkillLevel(let text):
            return zh
                ? "技术等级「\(text)」读不懂：请写 五级/初级工 … 一级/高级技师，没有则写 无"
                : "skill level \(text) cannot be read: write 五级/初级工 … 一级/高级技师, or 无 for none"
        case .badYears(let column, let text):
            return zh
                ? "「\(column.rawValue)」写的是「\(text)」，应为年数（如 3 或 1.5）"
                : "\(column.rawValue) (\(column.englishName)) is \(text), not a number of years (3, 1.5)"
        case .missingPhoto(let expected):
            return zh
                ? "照片文件夹里没有此人的照片（应为「\(ResidentID.maskedInText(expected))」或「姓名_身份证号码.JPG」）"
                : "no photo for this entrant in the photo folder (name it \(ResidentID.maskedInText(expected)) or 姓名_ID.JPG)"
        case .photo(let file, let problem):
            return "「\(ResidentID.maskedInText(file))」" + problem.message(language)
        case .unclaimedPhoto(let file):
            return zh
                ? "照片「\(ResidentID.maskedInText(file))」对不上报名表里的任何人（按身份证号码对照）"
                : "the photo \(ResidentID.maskedInText(file)) matches nobody on the list (by ID number)"
        case .unreadablePhotoFolder:
            return zh ? "照片文件夹不存在或无法读取" : "the photo folder does not exist or cannot be read"
        case .unitSize(let unit, let count, let expected):
            return zh
                ? "「\(unit)」报了 \(count) 人，每个单位应为 \(expected) 人"
                : "\(unit) entered \(count) members; each unit fields exactly \(expected)"
        case .tooFewFrontline(let unit, let count, let minimum):
            return zh
                ? "「\(unit)」只有 \(count) 人来自村社区或窗口前台，至少应有 \(minimum) 人"
                : "\(unit) has \(count) members from 村社区 or 窗口前台; at least \(minimum) are needed"
        case .notWindowStaff(let category):
            return zh
                ? "报名规则只接受窗口前台人员，人员类别是「\(category)」"
                : "the rules admit window staff (窗口前台) only; the category is \(category)"
        case .notContractStaff(let employment):
            return zh
                ? "报名规则只接受非编人员，用工性质是「\(employment)」"
                : "the rules admit contract staff (非编) only; employment is \(employment)"
        case .pensionTooShort(let years, let minimum):
            return zh
                ? "养老保险年限为 \(years) 年，报名规则要求至少 \(Years.text(minimum)) 年"
                : "pension insurance for \(years) years; the rules require at least \(Years.text(minimum))"
        case .notExperienced(let years, let level, let minimum, let waivingLevel):
            let short =
                zh
                ? "本工种工龄 \(years) 年不足 \(Years.text(minimum)) 年"
                : "\(years) years in the job is under \(Years.text(minimum))"
            guard waivingLevel > 0 else { return short }
            return zh
                ? short + "，且没有\(SkillLevel.name(of: waivingLevel))及以上证书（技术等级「\(level)」）"
                : short
                    + ", and no certificate of level \(waivingLevel) (\(SkillLevel.name(of: waivingLevel))) or higher (skill level \(level))"
        }
    }
}
