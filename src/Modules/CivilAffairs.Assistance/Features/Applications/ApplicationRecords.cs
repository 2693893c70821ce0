using System.Security.Cryptography;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>
/// What is kept beside the workflow steps: papers (材料), the one-time notice (一次性告知),
/// investigation records and the 近亲属备案 flag. Each action checks the role; the application is
/// read through the jurisdiction filter, so another street gets 404.
/// </summary>
internal sealed class ApplicationRecords(AssistanceDb db, ParameterStore parameters, WorkingDayCalendar calendar, ICurrentUser user,
    TimeProvider clock, IConfiguration configuration)
{
    /// <summary>Upload limit (Assistance:Attachments:MaxMegabytes, default 10 MB).</summary>
    public long MaxBytes => configuration.GetValue("Assistance:Attachments:MaxMegabytes", 10L) * 1024 * 1024;

    public static void CheckRelative(bool flagged, string? workerName, string? relationship, FieldErrors errors)
    {
        if (!flagged)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(workerName))
        {
            errors.Add("relativeWorkerName", "已勾选近亲属备案，请填写相关经办人员姓名");
        }
        if (string.IsNullOrWhiteSpace(relationship))
        {
            errors.Add("relativeRelationship", "已勾选近亲属备案，请填写亲属关系");
        }
    }

    public async Task<AttachmentView> UploadAsync(Guid applicationId, string? kind, string? fileName, long length, Stream content, CancellationToken ct)
    {
        Require(Permissions.AssistanceApply);
        var a = await db.Applications.FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (!MaterialKinds.IsKnown(kind))
        {
            errors.Add("kind", "请选择材料类型（身份证、户口簿、收入证明、授权书、入户调查表、其他）");
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0 || length == 0)
        {
            errors.Add("file", "请选择要上传的文件");
        }
        else if (length > MaxBytes)
        {
            errors.Add("file", $"文件超过 {MaxBytes / 1024 / 1024} MB 的上限");
        }
        errors.ThrowIfAny();
        var bytes = new byte[length];
        await content.ReadExactlyAsync(bytes, ct);
        var sniffed = Sniff(bytes);
        var declared = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => "application/pdf",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            _ => null,
        };
        if (sniffed is null || declared != sniffed)
        {
            // the content decides, not the name: a renamed .exe or a PNG called .pdf is refused
            throw new FieldValidationException("file", "只接受 PDF、JPG、PNG 文件，且文件内容须与扩展名一致");
        }
        if (name.Length > 200)
        {
            name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        }
        var att = new ApplicationAttachment
        {
            ApplicationId = a.Id, DivisionCode = a.DivisionCode, Kind = kind!, FileName = name, ContentType = sniffed, Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Content = bytes, UploadedAtUtc = clock.GetUtcNow().UtcDateTime, UploadedBy = user.UserName,
        };
        db.ApplicationAttachments.Add(att);
        AddStep(a, "上传材料", $"{MaterialKinds.NameOf(att.Kind)}：{att.FileName}");
        await db.SaveChangesAsync(ct);
        return new AttachmentView(att.Id, att.Kind, MaterialKinds.NameOf(att.Kind), att.FileName, att.ContentType, att.Size, att.Sha256, att.UploadedAtUtc, att.UploadedBy);
    }

    public async Task<(string FileName, string ContentType, byte[] Content)> DownloadAsync(Guid applicationId, Guid attachmentId, CancellationToken ct)
    {
        var x = await db.ApplicationAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.ApplicationId == applicationId, ct)
            ?? throw new NotFoundException();
        return (x.FileName, x.ContentType, x.Content);
    }

    /// <summary>PDF, JPEG and PNG by their first bytes; anything else is null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF)
        {
            return "image/jpeg";
        }
        return b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png" : null;
    }

    /// <summary>
    /// 一次性告知: only while the application awaits acceptance, only once. The application's
    /// deadline becomes the supply deadline, so an unsupplied notice shows in the overdue list.
    /// </summary>
    public async Task<ApplicationView> IssueNoticeAsync(Guid id, SupplementNoticeRequest r, CancellationToken ct)
    {
        Require(Permissions.AssistanceAccept);
        var a = await LoadAsync(id, r.Version, ct);
        if (a.Status != ApplicationStatus.Submitted)
        {
            throw new BusinessRuleException("只能在受理前一次性告知补正材料");
        }
        if (a.Notice is not null)
        {
            throw new BusinessRuleException($"该申请已于 {a.Notice.IssuedOn:yyyy-MM-dd} 发出一次性告知，不能再次告知");
        }
        var kinds = r.MissingKinds.Select(k => k.Trim()).Distinct().ToList();
        if (kinds.Count == 0 || kinds.Any(k => !MaterialKinds.IsKnown(k)))
        {
            throw new FieldValidationException("missingKinds", "请一次性列明所有缺少的材料");
        }
        if (kinds.Contains("other") && string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", "缺少“其他”材料时请在说明中写明");
        }
        var today = ChinaTime.Today(clock);
        var days = (int)await parameters.GetDecimalAsync(AssistanceParameters.SupplementWorkingDays, today, a.DivisionCode, ct);
        var due = await calendar.AddWorkingDaysAsync(today, days, ct);
        a.Notice = new SupplementNotice
        {
            ApplicationId = a.Id, DivisionCode = a.DivisionCode, IssuedOn = today, DueOn = due, MissingKinds = string.Join(',', kinds),
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), IssuedBy = user.UserName,
        };
        db.SupplementNotices.Add(a.Notice);
        a.DueOn = due;
        return await SaveAsync(a, "一次性告知", $"缺少：{string.Join("、", kinds.Select(MaterialKinds.NameOf))}；{due:yyyy-MM-dd}前补正{(a.Notice.Note is null ? "" : "。" + a.Notice.Note)}", today, ct);
    }

    /// <summary>The papers came in: the acceptance deadline runs again from today.</summary>
    public async Task<ApplicationView> RecordSuppliedAsync(Guid id, ApplicationActionRequest r, CancellationToken ct)
    {
        Require(Permissions.AssistanceAccept);
        var a = await LoadAsync(id, r.Version, ct);
        if (a.Status != ApplicationStatus.Submitted || a.Notice is not { SuppliedOn: null } notice)
        {
            throw new BusinessRuleException("没有待补正的一次性告知");
        }
        var today = ChinaTime.Today(clock);
        notice.SuppliedOn = today;
        notice.SuppliedNote = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        var days = (int)await parameters.GetDecimalAsync(AssistanceParameters.AcceptWorkingDays, today, a.DivisionCode, ct);
        a.DueOn = await calendar.AddWorkingDaysAsync(today, days, ct);
        return await SaveAsync(a, "材料补正", notice.SuppliedOn > notice.DueOn ? $"逾期补正（期限 {notice.DueOn:yyyy-MM-dd}）。{r.Note}" : r.Note, today, ct);
    }

    public async Task<ApplicationView> AddInvestigationAsync(Guid id, InvestigationRequest r, CancellationToken ct)
    {
        Require(Permissions.AssistanceAccept);
        var a = await LoadAsync(id, null, ct);
        if (!a.IsOpen)
        {
            throw new BusinessRuleException("申请已办结，不能再录入调查记录");
        }
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (!InvestigationKinds.IsKnown(r.Kind))
        {
            errors.Add("kind", "请选择调查方式（入户调查、邻里访问、信函索证）");
        }
        if (r.Date is null || r.Date > today || r.Date < a.SubmittedOn)
        {
            errors.Add("date", "调查日期须在申请提交之后且不晚于今天");
        }
        if (string.IsNullOrWhiteSpace(r.Findings))
        {
            errors.Add("findings", "请填写调查情况");
        }
        if (string.IsNullOrWhiteSpace(r.Worker))
        {
            errors.Add("worker", "请填写调查人员（至少2人）");
        }
        errors.ThrowIfAny();
        var record = new Investigation
        {
            ApplicationId = a.Id, DivisionCode = a.DivisionCode, Kind = r.Kind!, Date = r.Date!.Value, Findings = r.Findings!.Trim(),
            Worker = r.Worker!.Trim(), RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        a.Investigations.Add(record);
        db.Investigations.Add(record);
        return await SaveAsync(a, "调查记录", $"{InvestigationKinds.NameOf(record.Kind)}（{record.Date:yyyy-MM-dd}）", today, ct);
    }

    public async Task<ApplicationView> SetRelativeAsync(Guid id, RelativeFlagRequest r, CancellationToken ct)
    {
        Require(Permissions.AssistanceAccept);
        var a = await LoadAsync(id, null, ct);
        if (!a.IsOpen)
        {
            throw new BusinessRuleException("申请已办结，不能修改近亲属备案");
        }
        var errors = new FieldErrors();
        CheckRelative(r.RelativeOfWorker, r.RelativeWorkerName, r.RelativeRelationship, errors);
        errors.ThrowIfAny();
        a.RelativeOfWorker = r.RelativeOfWorker;
        a.RelativeWorkerName = r.RelativeOfWorker ? r.RelativeWorkerName!.Trim() : null;
        a.RelativeRelationship = r.RelativeOfWorker ? r.RelativeRelationship!.Trim() : null;
        return await SaveAsync(a, "近亲属备案", r.RelativeOfWorker ? $"备案：{a.RelativeRelationship}" : "取消备案", ChinaTime.Today(clock), ct);
    }

    private async Task<Application> LoadAsync(Guid id, int? version, CancellationToken ct)
    {
        var a = await db.Applications.Include(x => x.Steps).Include(x => x.Notice).Include(x => x.Investigations).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (version is { } v && v != a.Version)
        {
            throw new BusinessRuleException("该申请已被他人处理，请刷新后重试");
        }
        return a;
    }

    private async Task<ApplicationView> SaveAsync(Application a, string action, string? note, DateOnly today, CancellationToken ct)
    {
        a.Version++;
        AddStep(a, action, note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // the unique index on the notice catches a second notice sent at the same moment
            throw new BusinessRuleException("该申请已被他人处理，请刷新后重试");
        }
        return ApplicationQueries.ToView(a, today);
    }

    private void AddStep(Application a, string action, string? note) => ApplicationWorkflow.AddStep(db, a, action, note, user, clock);

    private void Require(string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
    }
}
