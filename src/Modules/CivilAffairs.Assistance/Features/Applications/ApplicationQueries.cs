using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Applications;

internal sealed class ApplicationQueries(AssistanceDb db, TimeProvider clock)
{
    public async Task<ApplicationView> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.Steps).Include(x => x.Notice).Include(x => x.Investigations)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        // metadata only: the bytes are read on download
        var attachments = await db.ApplicationAttachments.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.UploadedAtUtc)
            .Select(x => new { x.Id, x.Kind, x.FileName, x.ContentType, x.Size, x.Sha256, x.UploadedAtUtc, x.UploadedBy }).ToListAsync(ct);
        return ToView(a, ChinaTime.Today(clock)) with
        {
            Attachments = attachments.Select(x => new AttachmentView(x.Id, x.Kind, MaterialKinds.NameOf(x.Kind), x.FileName, x.ContentType, x.Size, x.Sha256,
                x.UploadedAtUtc, x.UploadedBy)).ToList(),
        };
    }

    /// <summary>Scoped list; <paramref name="overdueOnly"/> gives the 超期 list a supervisor works from.</summary>
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(string? status, bool overdueOnly, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var q = db.Applications.AsNoTracking().Include(x => x.Steps).Include(x => x.Notice).AsSplitQuery().AsQueryable();
        if (Enum.TryParse<ApplicationStatus>(status ?? "", ignoreCase: true, out var s))
        {
            q = q.Where(a => a.Status == s);
        }
        if (overdueOnly)
        {
            q = q.Where(a => a.DueOn != null && a.DueOn < today);
        }
        var rows = await q.OrderBy(a => a.DueOn).ThenBy(a => a.SubmittedOn).Take(500).ToListAsync(ct);
        return rows.Select(a => ToView(a, today)).ToList();
    }

    internal static ApplicationView ToView(Application a, DateOnly today) => new(a.Id, a.Programme.ToString(), Masking.IdNumber(a.ApplicantIdNumber),
        a.ApplicantName, a.DivisionCode, a.Status.ToString(), a.SubmittedOn, a.DueOn, a.DueOn is { } due && due < today, a.PublicityEndsOn,
        a.DecidedOn, a.EnrolFrom, a.CalculatedBenefit, a.DecisionReason, a.Version,
        a.Steps.OrderBy(s => s.AtUtc).Select(s => new ApplicationStepView(s.AtUtc, s.Action, s.UserName, s.Role, s.Note)).ToList())
    {
        DecisionNumber = a.DecisionNumber, RelativeOfWorker = a.RelativeOfWorker, RelativeWorkerName = a.RelativeWorkerName,
        RelativeRelationship = a.RelativeRelationship, Notice = a.Notice is { } n ? NoticeView(n, today) : null,
        Investigations = a.Investigations.OrderBy(i => i.Date).ThenBy(i => i.RecordedAtUtc)
            .Select(i => new InvestigationView(i.Id, i.Kind, InvestigationKinds.NameOf(i.Kind), i.Date, i.Findings, i.Worker, i.RecordedBy)).ToList(),
    };

    private static SupplementNoticeView NoticeView(SupplementNotice n, DateOnly today)
    {
        var kinds = n.MissingKinds.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new SupplementNoticeView(n.IssuedOn, n.DueOn, kinds, kinds.Select(MaterialKinds.NameOf).ToList(), n.Note, n.IssuedBy, n.SuppliedOn,
            n.SuppliedNote, n.SuppliedOn is null && n.DueOn < today);
    }

    public static string StatusName(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.Accepted => "审核中",
        ApplicationStatus.Publicizing => "公示中",
        ApplicationStatus.Approved => "已批准",
        ApplicationStatus.Rejected => "不予批准",
        _ => "已退件",
    };
}
