using System.Text.RegularExpressions;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Divisions;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>Validated, normalised person fields.</summary>
internal sealed record ValidPerson(DocumentType DocumentType, string IdNumber, string Name, Sex Sex, DateOnly BirthDate,
    string DivisionCode, string? HukouDivisionCode, bool IsShenzhenHukou, string? Phone, string? Address);

/// <summary>All field checks in one pass, so a form shows every problem at once (Chinese messages).</summary>
internal sealed partial class PersonValidator(DivisionDirectory divisions, ICurrentUser user, TimeProvider clock)
{
    [GeneratedRegex(@"^[0-9+\- ]{5,20}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Z0-9]{5,20}$")]
    private static partial Regex DocumentPattern();

    public async Task<ValidPerson> ValidateAsync(PersonInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        var docType = DocumentType.IdCard;
        if (!string.IsNullOrWhiteSpace(input.DocumentType) &&
            (!Enum.TryParse(input.DocumentType.Trim(), ignoreCase: true, out docType) || !Enum.IsDefined(docType)))
        {
            errors.Add("documentType", "证件类型无效");
        }
        var idNumber = (input.IdNumber ?? "").Trim().ToUpperInvariant();
        var sex = Sex.Unknown;
        var birth = input.BirthDate ?? default;
        if (idNumber.Length == 0)
        {
            errors.Add("idNumber", "请填写证件号码");
        }
        else if (DocumentTypes.FollowsGb11643(docType))
        {
            if (IdNumber.TryParse(idNumber, today, divisions.IsKnownAddressCode, out var info, out var error))
            {
                idNumber = info!.Normalized;
                sex = info.Sex;
                birth = info.BirthDate;
                var permitCode = docType switch
                {
                    DocumentType.HkMacaoResidencePermit => info.AddressCode is "810000" or "820000",
                    DocumentType.TaiwanResidencePermit => info.AddressCode == "830000",
                    _ => info.AddressCode is not ("810000" or "820000" or "830000"),
                };
                if (!permitCode)
                {
                    errors.Add("idNumber", "证件号码与证件类型不符（港澳居住证以810000/820000开头，台湾居住证以830000开头）");
                }
            }
            else
            {
                errors.Add("idNumber", error!);
            }
        }
        else
        {
            idNumber = idNumber.Replace(" ", "", StringComparison.Ordinal);
            if (!DocumentPattern().IsMatch(idNumber))
            {
                errors.Add("idNumber", "证件号码应为5至20位字母或数字");
            }
            if (!Enum.TryParse(input.Sex ?? "", ignoreCase: true, out sex) || sex == Sex.Unknown)
            {
                errors.Add("sex", "请选择性别");
            }
            if (input.BirthDate is null)
            {
                errors.Add("birthDate", "请填写出生日期");
            }
            else if (input.BirthDate > today || input.BirthDate < new DateOnly(1880, 1, 1))
            {
                errors.Add("birthDate", "出生日期无效");
            }
        }
        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            errors.Add("name", "请填写姓名");
        }
        else if (name.Length > 64)
        {
            errors.Add("name", "姓名不能超过64个字符");
        }
        var division = DivisionCodes.Normalize(input.DivisionCode);
        if (division is null)
        {
            errors.Add("divisionCode", "请选择居住地所在的街道或社区");
        }
        else
        {
            var d = await divisions.GetAsync(division, today, ct);
            if (d is null || d.ResolvedFrom is not null)
            {
                errors.Add("divisionCode", "区划代码不存在或已撤销");
            }
            else if (d.Level < 4)
            {
                errors.Add("divisionCode", "居住地须选到街道或社区");
            }
            else if (user.Jurisdiction is null || !DivisionCodes.IsWithin(division, user.Jurisdiction))
            {
                errors.Add("divisionCode", "居住地不在您的辖区内");
            }
        }
        string? hukou = null;
        if (!string.IsNullOrWhiteSpace(input.HukouDivisionCode))
        {
            hukou = DivisionCodes.Normalize(input.HukouDivisionCode);
            var h = hukou is null ? null : await divisions.GetAsync(hukou, today, ct);
            if (h is null || h.Level < 3)
            {
                errors.Add("hukouDivisionCode", "户籍地区划代码无效（须到区县或以下）");
            }
        }
        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("phone", "联系电话格式不正确");
        }
        var address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        if (address?.Length > 256)
        {
            errors.Add("address", "地址不能超过256个字符");
        }
        errors.ThrowIfAny();
        var isSz = hukou is not null ? hukou.StartsWith("4403", StringComparison.Ordinal) : input.IsShenzhenHukou ?? false;
        return new ValidPerson(docType, idNumber, name, sex, birth, division!, hukou, isSz, phone, address);
    }
}
