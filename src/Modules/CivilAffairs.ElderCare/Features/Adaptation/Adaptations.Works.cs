using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Adaptation;

/// <summary>The works half of a case: the contractor, the completion photos and the acceptance check.</summary>
internal sealed partial class Adaptations
{
    public async Task<AdaptationView> ContractAsync(Guid id, ContractRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.ElderCareWrite);
        var c = await LoadAsync(id, ct);
        Move(c, AdaptationStatus.Contracted);
        var errors = new FieldErrors();
        var name = Trim(r.ContractorName, 100);
        if (name is null)
        {
            errors.Add("contractorName", "请填写施工单位名称");
        }
        var code = (r.CreditCode ?? "").Trim().ToUpperInvariant();
        if (code.Length != 18 || !code.All(ch => char.IsAsciiDigit(ch) || char.IsAsciiLetterUpper(ch)))
        {
            errors.Add("creditCode", "统一社会信用代码应为18位数字或大写字母");
        }
        if (r.ContractDate is not { } signed)
        {
            errors.Add("contractDate", "请填写合同签订日期");
        }
        else if (signed < c.AppliedOn)
        {
            errors.Add("contractDate", "合同日期不能早于申请日期");
        }
        if (r.PlannedCompletion is not { } planned || (r.ContractDate is { } d && planned < d))
        {
            errors.Add("plannedCompletion", "计划完工日期须不早于合同日期");
        }
        errors.ThrowIfAny();
        c.ContractorName = name;
        c.ContractorCreditCode = code;
        c.ContractDate = r.ContractDate;
        c.PlannedCompletion = r.PlannedCompletion;
        return await SaveAsync(c, ct);
    }

    public async Task<AdaptationView> CheckAsync(Guid id, CheckRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.ElderCareWrite);
        var c = await LoadAsync(id, ct);
        Move(c, r.Passed ? AdaptationStatus.Closed : AdaptationStatus.CheckFailed);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (r.CheckedOn is not { } on || on > today || (c.ContractDate is { } signed && on < signed))
        {
            errors.Add("checkedOn", "验收日期须在合同日期至今天之间");
        }
        var checker = Trim(r.Checker, 64);
        if (checker is null)
        {
            errors.Add("checker", "请填写验收人员");
        }
        var note = Trim(r.Note, 500);
        if (!r.Passed && note is null)
        {
            errors.Add("note", "验收不合格须写明整改要求");
        }
        errors.ThrowIfAny();
        if (r.Passed && !await db.AdaptationPhotos.AnyAsync(p => p.CaseId == c.Id, ct))
        {
            throw new BusinessRuleException("验收合格前须上传改造完成后的照片");
        }
        c.CheckedOn = r.CheckedOn;
        c.Checker = checker;
        c.CheckNote = note;
        if (r.Passed)
        {
            c.ClosedOn = r.CheckedOn;
        }
        else
        {
            c.FailedChecks++;
        }
        return await SaveAsync(c, ct);
    }

    public async Task<PhotoView> AddPhotoAsync(Guid id, Stream content, long length, CancellationToken ct)
    {
        Require(Permissions.ElderCareWrite);
        var c = await LoadAsync(id, ct);
        if (c.Status is not (AdaptationStatus.Contracted or AdaptationStatus.CheckFailed))
        {
            throw new BusinessRuleException("只有施工中的改造可以上传验收照片");
        }
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
        var type = (bytes is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg" : bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : null)
            ?? throw new FieldValidationException("file", "只接受 JPEG 或 PNG 照片");
        var photo = new AdaptationPhoto
        {
            CaseId = c.Id, DivisionCode = c.DivisionCode, ContentType = type, Content = bytes, UploadedAtUtc = clock.GetUtcNow().UtcDateTime, UploadedBy = user.UserName,
        };
        db.AdaptationPhotos.Add(photo);
        await db.SaveChangesAsync(ct);
        return new PhotoView(photo.Id, photo.ContentType, photo.UploadedAtUtc, photo.UploadedBy);
    }

    public async Task<(string ContentType, byte[] Content)> PhotoAsync(Guid id, Guid photoId, CancellationToken ct)
    {
        var p = await db.AdaptationPhotos.AsNoTracking().FirstOrDefaultAsync(x => x.Id == photoId && x.CaseId == id, ct) ?? throw new NotFoundException();
        return (p.ContentType, p.Content);
    }
}
