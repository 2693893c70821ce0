using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.FamilySearch;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Shared;

/// <summary>What a reunion record needs, from whichever channel found the family.</summary>
internal sealed record ReunionInput(Guid CaseId, Guid? ReportId, ReunionChannel Channel, DateOnly ReunitedOn, string WhoCame, string? FollowUp);

/// <summary>
/// Records a reunion (one per case) and moves the case and the report on. Used by the
/// reunions page, by DNA and face candidate confirmation, and by notice replies. A published
/// notice of the case is taken down.
/// The caller saves (so a confirmation and its reunion commit together).
/// </summary>
internal sealed class ReunionRecorder(ICurrentUser user, TimeProvider clock)
{
    public async Task<Reunion> AddAsync(RescueDb db, ReunionInput input, CancellationToken ct)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == input.CaseId, ct) ?? throw new NotFoundException();
        if (await db.Reunions.AnyAsync(r => r.CaseId == c.Id, ct))
        {
            throw new BusinessRuleException("该受助人员已登记过返乡团聚。");
        }
        if (string.IsNullOrWhiteSpace(input.WhoCame))
        {
            throw new FieldValidationException("whoCame", "请填写接回人（与受助人员的关系）。");
        }
        var r = new Reunion
        {
            CaseId = c.Id,
            ReportId = input.ReportId,
            DivisionCode = c.DivisionCode,
            Channel = input.Channel,
            ReunitedOn = input.ReunitedOn,
            WhoCame = input.WhoCame.Trim(),
            FollowUp = input.FollowUp,
            RecordedBy = user.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Reunions.Add(r);
        if (c.Status is not (RescueCaseStatus.Closed or RescueCaseStatus.Returned))
        {
            c.Status = RescueCaseStatus.Returned;
            c.Version++;
        }
        // a reunion ends the public notice in the same save: the family is found
        if (await db.Notices.FirstOrDefaultAsync(n => n.CaseId == c.Id && n.Status == NoticeStatus.Published, ct) is { } notice)
        {
            Notices.Unpublish(notice, "已返乡团聚", r.RecordedAtUtc);
        }
        if (input.ReportId is { } reportId && await db.Reports.FirstOrDefaultAsync(x => x.Id == reportId, ct) is { } report)
        {
            report.Status = MissingReportStatus.Found;
            report.Version++;
        }
        return r;
    }
}
