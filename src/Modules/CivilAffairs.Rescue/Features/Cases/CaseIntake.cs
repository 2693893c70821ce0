using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>
/// 受助登记: the person's description, who brought them, belongings; the category suggested from
/// age and observations; the case number JZ-{year}-{seq:000000} from a per-year counter.
/// </summary>
internal sealed class CaseIntake(RescueDb db, CaseQueries queries, IDivisionDirectory divisions, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    /// <summary>A technical limit of the upload, not a policy value.</summary>
    public const int MaxPhotoBytes = 4 * 1024 * 1024;

    public async Task<CaseView> RegisterAsync(IntakeRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        CaseWork.Require(user, Permissions.RescueWrite);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var place = (r.FoundPlace ?? "").Trim();
        if (place.Length is 0 or > 200)
        {
            errors.Add("foundPlace", "请填写发现地点（不超过200字）");
        }
        var division = (r.FoundDivisionCode ?? "").Trim();
        if (division.Length != 9 || !division.All(char.IsAsciiDigit))
        {
            errors.Add("foundDivisionCode", "请填写发现地所在街道的9位区划代码");
        }
        else if (await divisions.FindAsync(division, today, ct) is not { Level: 4 })
        {
            errors.Add("foundDivisionCode", "区划代码不是现行的街道（镇）代码");
        }
        else if (user.Jurisdiction is null || !division.StartsWith(user.Jurisdiction, StringComparison.Ordinal))
        {
            errors.Add("foundDivisionCode", "发现地不在您的辖区内");
        }
        if (r.FoundAt is not { } foundAt)
        {
            errors.Add("foundAt", "请填写发现时间");
        }
        else if (foundAt.UtcDateTime > now.AddMinutes(5))
        {
            errors.Add("foundAt", "发现时间不能晚于现在");
        }
        if (!Enum.TryParse<FoundBy>(r.FoundBy, true, out var foundBy) || !Enum.IsDefined(foundBy))
        {
            errors.Add("foundBy", "请选择送站方式：公安、巡查、主动求助、市民护送或其他");
        }
        IdNumberInfo? id = null;
        var idText = (r.IdNumber ?? "").Trim();
        if (idText.Length > 0 && !IdNumber.TryParse(idText, today, divisions.IsKnownAddressCode, out id, out var idError))
        {
            errors.Add("idNumber", idError!);
        }
        var sex = id?.Sex ?? (Enum.TryParse<Sex>(r.Sex, true, out var s) ? s : Sex.Unknown);
        if (sex is not (Sex.Male or Sex.Female))
        {
            errors.Add("sex", "请选择性别（男女分区住宿）");
        }
        if (idText.Length == 0 && r.EstimatedAge is null)
        {
            errors.Add("estimatedAge", "没有身份证号码时请填写目测年龄");
        }
        else if (r.EstimatedAge is < 0 or > 120)
        {
            errors.Add("estimatedAge", "目测年龄应在0至120岁之间");
        }
        if (r.HeightCm is < 40 or > 250)
        {
            errors.Add("heightCm", "身高应在40至250厘米之间");
        }
        var name = Trim(r.Name, int.MaxValue);
        if (name is not null && name.Length > 64)
        {
            errors.Add("name", "姓名不超过64字");
        }
        CareCategory? chosen = null;
        if (!string.IsNullOrWhiteSpace(r.Category))
        {
            if (Enum.TryParse<CareCategory>(r.Category, true, out var cat) && Enum.IsDefined(cat))
            {
                chosen = cat;
            }
            else
            {
                errors.Add("category", "分类无效");
            }
        }
        var items = new List<(string Item, int Qty, string? Note)>();
        for (var i = 0; i < (r.Belongings?.Count ?? 0); i++)
        {
            var b = r.Belongings![i];
            var item = (b.Item ?? "").Trim();
            if (item.Length == 0 && b.Quantity is null)
            {
                continue;
            }
            if (item.Length is 0 or > 64)
            {
                errors.Add($"belongings[{i}].item", "请填写物品名称（不超过64字）");
            }
            if (b.Quantity is not (>= 1 and <= 9999))
            {
                errors.Add($"belongings[{i}].quantity", "数量应为1至9999");
            }
            items.Add((item, b.Quantity ?? 0, Trim(b.Note, 200)));
        }
        errors.ThrowIfAny();
        if (id is not null && await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.IdNumber == id.Normalized && c.Status != RescueCaseStatus.Closed
                && c.Status != RescueCaseStatus.Returned && c.Status != RescueCaseStatus.LeftOnOwn && c.Status != RescueCaseStatus.HukouSettled, ct))
        {
            throw new BusinessRuleException("该身份证号码的人员已在站受助或尚未结案，请查找原案件");
        }
        var limits = await queries.AgeLimitsAsync(today, division, ct);
        var age = id is not null ? IdNumber.AgeOn(id.BirthDate, today) : r.EstimatedAge;
        var suggested = CaseRules.Suggest(new ClassificationFacts(age, r.Disabled == true, r.MentalIllness == true, r.Sick == true), limits);
        var norm = await parameters.FindAsync(CaseParameters.StayNormDays, today, division, ct)
            ?? throw new BusinessRuleException($"参数 {CaseParameters.StayNormDays} 在 {today:yyyy-MM-dd} 未设置取值");
        var c = new RescueCase
        {
            DivisionCode = division, Status = RescueCaseStatus.Registered, Name = name, IdNumber = id?.Normalized, Sex = sex,
            EstimatedAge = id is null ? r.EstimatedAge : null, BirthDate = id?.BirthDate, HeightCm = r.HeightCm, FoundAtUtc = r.FoundAt!.Value.UtcDateTime,
            FoundPlace = place, Accent = Trim(r.Accent, 32), AdmittedAtUtc = now, FoundBy = foundBy, FoundByUnit = Trim(r.FoundByUnit, 64),
            PoliceEscorted = r.PoliceEscorted == true, Build = Trim(r.Build, 16), Health = Trim(r.Health, 200), MentalState = Trim(r.MentalState, 100),
            IntellectualState = Trim(r.IntellectualState, 100), Clothing = Trim(r.Clothing, 300), PhysicalFeatures = Trim(r.PhysicalFeatures, 300),
            ObservedDisabled = r.Disabled == true, ObservedMentalIllness = r.MentalIllness == true, ObservedSick = r.Sick == true,
            SuggestedCategory = suggested, Category = chosen ?? suggested, CategoryConfirmedBy = chosen is null ? null : user.UserName,
            StayNormDays = int.Parse(norm.Value, System.Globalization.CultureInfo.InvariantCulture), IntakeBy = user.UserName,
        };
        foreach (var (item, qty, note) in items)
        {
            db.Belongings.Add(new CaseBelonging { CaseId = c.Id, DivisionCode = division, Item = item, Quantity = qty, Note = note, RegisteredAtUtc = now });
        }
        var escortNote = CaseRules.PoliceMustEscort(c.Category, c.ObservedDisabled) && !c.PoliceEscorted ? "；应由公安护送而未护送（办法第五条）" : "";
        CaseWork.Log(db, c, user, now, "受助登记",
            $"{CaseQueries.SexName(sex)}，{(age is null ? "年龄不详" : (id is null ? "目测约" : "") + age + "岁")}；建议分类 {CaseRules.CategoryName(suggested)}；救助期限 {c.StayNormDays} 日{escortNote}");
        for (var attempt = 0; ; attempt++)
        {
            c.CaseNumber = await NextNumberAsync(today.Year, ct);
            if (attempt == 0)
            {
                db.Cases.Add(c);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3 && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                // another intake took the number: reload the counter and take the next
                foreach (var e in db.ChangeTracker.Entries<CaseCounter>().ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
        return await queries.GetAsync(c.Id, ct);
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var counter = await db.CaseCounters.FirstOrDefaultAsync(x => x.Year == year, ct);
        if (counter is null)
        {
            counter = new CaseCounter { Year = year };
            db.CaseCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"JZ-{year}-{counter.Last:000000}";
    }

    public async Task<PhotoView> AddPhotoAsync(Guid caseId, string? contentType, Stream content, long length, bool primary, CancellationToken ct)
    {
        CaseWork.Require(user, Permissions.RescueWrite);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException();
        if (length <= 0)
        {
            throw new FieldValidationException("file", "请选择照片");
        }
        if (length > MaxPhotoBytes)
        {
            throw new FieldValidationException("file", $"照片超过 {MaxPhotoBytes / 1024 / 1024} MB 的上限");
        }
        using var ms = new MemoryStream();
        await content.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();
        // the content decides, not the name or the declared type
        var type = bytes is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg" : bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : null;
        if (type is null)
        {
            throw new FieldValidationException("file", "只接受 JPEG 或 PNG 照片");
        }
        _ = contentType;
        var now = clock.GetUtcNow().UtcDateTime;
        var hasPrimary = await db.Photos.AnyAsync(p => p.CaseId == caseId && p.IsPrimary, ct);
        if (primary && hasPrimary)
        {
            await db.Photos.Where(p => p.CaseId == caseId && p.IsPrimary).ForEachAsync(p => p.IsPrimary = false, ct);
        }
        var photo = new CasePhoto { CaseId = caseId, DivisionCode = c.DivisionCode, ContentType = type, Content = bytes, TakenAtUtc = now, IsPrimary = primary || !hasPrimary };
        db.Photos.Add(photo);
        CaseWork.Log(db, c, user, now, "上传照片", photo.IsPrimary ? "设为主照片" : null);
        await db.SaveChangesAsync(ct);
        return new PhotoView(photo.Id, photo.ContentType, photo.IsPrimary, photo.TakenAtUtc);
    }

    public async Task<(string ContentType, byte[] Content)> PhotoAsync(Guid caseId, Guid photoId, CancellationToken ct)
    {
        var p = await db.Photos.AsNoTracking().FirstOrDefaultAsync(x => x.Id == photoId && x.CaseId == caseId, ct) ?? throw new NotFoundException();
        return (p.ContentType, p.Content);
    }

    private static string? Trim(string? s, int max)
    {
        var t = (s ?? "").Trim();
        return t.Length == 0 ? null : t.Length > max ? t[..max] : t;
    }
}
