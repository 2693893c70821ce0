using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>
/// Leaving a list: the organization submits proof; the registrar verifies it within the removal
/// deadline (abnormal list: removed at once); a serious entry also needs the approver, who is not the
/// registrar who verified it, and its minimum period (restarted by new facts) must be over.
/// </summary>
internal sealed class CreditRemovals(SocialOrgsDb db, CreditListing listing, OrgAccess access, ICurrentUser user, TimeProvider clock,
    WorkingDayCalendar calendar, Numbers numbers)
{
    public async Task<CreditEntryDetail> GetAsync(Guid entryId, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var e = await db.CreditEntries.AsNoTracking().FirstOrDefaultAsync(x => x.Id == entryId, ct) ?? throw new NotFoundException("名单记录不存在或不在您的管辖范围内");
        var org = await access.GetAsync(e.OrganizationId, ct);
        var removals = await db.CreditRemovals.AsNoTracking().Where(r => r.EntryId == e.Id).OrderByDescending(r => r.SubmittedOn).ThenByDescending(r => r.Number).ToListAsync(ct);
        var pending = removals.FirstOrDefault(r => r.Status is RemovalStatus.Pending or RemovalStatus.Verified);
        DateOnly? removable = null;
        if (e.List == CreditList.Serious && e.RemovedOn is null)
        {
            removable = CreditRules.SeriousRemovableFrom(e, (await listing.RulesAsync(org, today, ct)).SeriousYears);
        }
        return new CreditEntryDetail(CreditEntries.Row(e, org.Name, org.AuthorityCode, pending is null ? null : (pending.Status, pending.DueBy), today),
            e.RuleNote, e.ListedBy, e.RemovedBy, removable, e.RemovedOn is null ? await AutoCheckAsync(e, org, ct) : null,
            removals.Select(r => View(r, org.Name, today)).ToList());
    }

    public async Task<IReadOnlyList<CreditRemovalView>> OpenAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var rows = await (from r in db.CreditRemovals.AsNoTracking()
                          join o in db.Organizations.AsNoTracking() on r.OrganizationId equals o.Id
                          where r.Status == RemovalStatus.Pending || r.Status == RemovalStatus.Verified
                          orderby r.DueBy, r.Number
                          select new { R = r, o.Name }).Take(200).ToListAsync(ct);
        return rows.Select(x => View(x.R, x.Name, today)).ToList();
    }

    /// <summary>The organization (socialorgs.self) or the registrar on its behalf (paper proof) asks to leave the list.</summary>
    public async Task<CreditRemovalView> ProofAsync(Guid entryId, CreditProofRequest r, CancellationToken ct)
    {
        var staff = user.Has(Permissions.SocialOrgsWrite);
        if (!staff && !access.IsOrganization)
        {
            throw new ForbiddenException("只有社会组织本身或登记管理员可以提交移出申请");
        }
        var e = new FieldErrors();
        var fixedText = (r.Fixed ?? "").Trim();
        var proof = (r.Proof ?? "").Trim();
        if (fixedText.Length < 2 || fixedText.Length > 200) { e.Add("fixed", "请写明已整改的事项（2–200字）。"); }
        if (proof.Length < 4 || proof.Length > 2000) { e.Add("proof", "请写明证明材料（4–2000字），如补报的年度报告、党组织批复文号等。"); }
        e.ThrowIfAny();
        var entry = await db.CreditEntries.FirstOrDefaultAsync(x => x.Id == entryId, ct) ?? throw new NotFoundException("名单记录不存在或不在您的管辖范围内");
        var org = await access.GetAsync(entry.OrganizationId, ct);
        if (staff && !access.IsOrganization)
        {
            access.EnsureAuthorityFor(org);
        }
        if (entry.RemovedOn is not null)
        {
            throw new BusinessRuleException($"{entry.Number}已于{entry.RemovedOn:yyyy-MM-dd}移出，无需再申请");
        }
        if (await db.CreditRemovals.AnyAsync(x => x.EntryId == entry.Id && (x.Status == RemovalStatus.Pending || x.Status == RemovalStatus.Verified), ct))
        {
            throw new BusinessRuleException("该名单记录已有待处理的移出申请，请等待登记管理机关核实");
        }
        var today = ChinaTime.Today(clock);
        var rules = await listing.RulesAsync(org, today, ct);
        var req = new CreditRemovalRequest
        {
            Number = await numbers.NextAsync("CR", today.Year, ct), EntryId = entry.Id, EntryNumber = entry.Number, List = entry.List,
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Fixed = fixedText, Proof = proof, SubmittedOn = today,
            SubmittedBy = user.UserName, DueBy = await calendar.AddWorkingDaysAsync(today, rules.RemovalDays, ct), RuleNote = rules.RemovalNote,
            AutoCheck = await AutoCheckAsync(entry, org, ct),
        };
        db.CreditRemovals.Add(req);
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Note,
            Summary = $"申请移出{SocialOrgNames.Of(entry.List)}（{entry.Number}）：{fixedText}", Reference = req.Number, OccurredOn = today,
            RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return View(req, org.Name, today);
    }

    /// <summary>The registrar verifies the proof: abnormal list → removed now; serious list → on to the approver; or refused with a reason.</summary>
    public async Task<CreditRemovalView> VerifyAsync(Guid removalId, CreditDecisionRequest d, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("只有社会组织登记管理员可以核实移出申请");
        }
        var (req, entry, org) = await LoadAsync(removalId, RemovalStatus.Pending, "该申请不在待核实状态", ct);
        var today = ChinaTime.Today(clock);
        var note = NoteOf(d);
        req.VerifiedBy = user.UserName;
        req.VerifiedOn = today;
        req.VerifyNote = note;
        if (!d.Accept)
        {
            req.Status = RemovalStatus.Rejected;
        }
        else if (entry.List == CreditList.Abnormal)
        {
            await listing.RemoveAsync(org, entry, $"整改完成，经核实移出（{req.Number}：{req.Fixed}）", ct);
            req.Status = RemovalStatus.Removed;
            req.DecidedBy = user.UserName;
            req.DecidedOn = today;
        }
        else
        {
            await EnsurePeriodOverAsync(entry, org, today, ct);
            req.Status = RemovalStatus.Verified;
        }
        await db.SaveChangesAsync(ct);
        return View(req, org.Name, today);
    }

    /// <summary>The approver (socialorgs.approve, not the registrar who verified) decides a serious-list removal.</summary>
    public async Task<CreditRemovalView> ApproveAsync(Guid removalId, CreditDecisionRequest d, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsApprove))
        {
            throw new ForbiddenException("移出严重违法失信名单须由登记管理机关审批人决定");
        }
        var (req, entry, org) = await LoadAsync(removalId, RemovalStatus.Verified, "该申请不在待审批状态（须先由登记管理员核实）", ct);
        if (string.Equals(req.VerifiedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("核实人与审批人不能为同一人");
        }
        var today = ChinaTime.Today(clock);
        req.DecidedBy = user.UserName;
        req.DecidedOn = today;
        req.DecisionNote = NoteOf(d);
        if (d.Accept)
        {
            await EnsurePeriodOverAsync(entry, org, today, ct);
            await listing.RemoveAsync(org, entry, $"经核实并审批移出（{req.Number}：{req.Fixed}）", ct);
            req.Status = RemovalStatus.Removed;
        }
        else
        {
            req.Status = RemovalStatus.Rejected;
        }
        await db.SaveChangesAsync(ct);
        return View(req, org.Name, today);
    }

    /// <summary>The missing annual report has since been submitted: the registrar removes the entry without waiting for a proof.</summary>
    public async Task<CreditEntryRow> RemoveDetectedAsync(Guid entryId, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("只有社会组织登记管理员可以办理移出");
        }
        var entry = await db.CreditEntries.FirstOrDefaultAsync(x => x.Id == entryId, ct) ?? throw new NotFoundException("名单记录不存在或不在您的管辖范围内");
        var org = await access.GetAsync(entry.OrganizationId, ct);
        access.EnsureAuthorityFor(org);
        if (entry.RemovedOn is not null || entry.List != CreditList.Abnormal)
        {
            throw new BusinessRuleException("只有在列的活动异常名录记录可以按系统核查结果移出");
        }
        var found = await AutoCheckAsync(entry, org, ct) ?? throw new BusinessRuleException("系统未查到整改完成的记录，请等待社会组织提交证明材料");
        await listing.RemoveAsync(org, entry, found, ct);
        var today = ChinaTime.Today(clock);
        foreach (var r in await db.CreditRemovals.Where(x => x.EntryId == entry.Id && x.Status == RemovalStatus.Pending).ToListAsync(ct))
        {
            (r.Status, r.VerifiedBy, r.VerifiedOn, r.DecidedBy, r.DecidedOn, r.VerifyNote) = (RemovalStatus.Removed, user.UserName, today, user.UserName, today, found);
        }
        await db.SaveChangesAsync(ct);
        return CreditEntries.Row(entry, org.Name, org.AuthorityCode, null, today);
    }

    /// <summary>
    /// What the system can prove by itself. A missing annual report (for the year before the fact's
    /// year: reports are due by 5-31) counts as fixed once the annual-report area records a report
    /// submitted after the fact, or grades that year. Other triggers need the organization's proof.
    /// </summary>
    private async Task<string?> AutoCheckAsync(CreditListEntry e, SocialOrganization org, CancellationToken ct)
    {
        if (e.Trigger != CreditTrigger.NoAnnualReport)
        {
            return null;
        }
        var year = e.OccurredOn.Year - 1;
        if (org.LastInspectionYear >= year)
        {
            return $"系统已查到{org.LastInspectionYear}年度年检结论（{SocialOrgNames.Of(org.LastInspectionResult ?? InspectionResult.Pass)}）";
        }
        var report = await db.OrganizationEvents.AsNoTracking()
            .Where(x => x.OrganizationId == org.Id && x.Kind == OrgEventKind.AnnualReport && x.OccurredOn >= e.OccurredOn)
            .OrderBy(x => x.OccurredOn).FirstOrDefaultAsync(ct);
        return report is null ? null : $"系统已查到{report.OccurredOn:yyyy-MM-dd}的年度报告记录：{report.Summary}";
    }

    private async Task EnsurePeriodOverAsync(CreditListEntry entry, SocialOrganization org, DateOnly today, CancellationToken ct)
    {
        var rules = await listing.RulesAsync(org, today, ct);
        var from = CreditRules.SeriousRemovableFrom(entry, rules.SeriousYears);
        if (today < from)
        {
            throw new BusinessRuleException(
                $"列入严重违法失信名单未满{rules.SeriousYears}年（自{entry.PeriodStart:yyyy-MM-dd}起算{(entry.Restarts > 0 ? "，期间因新情形重新起算" : "")}），最早可于{from:yyyy-MM-dd}移出");
        }
    }

    private async Task<(CreditRemovalRequest, CreditListEntry, SocialOrganization)> LoadAsync(Guid id, RemovalStatus expected, string wrongState, CancellationToken ct)
    {
        var req = await db.CreditRemovals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("移出申请不存在或不在您的管辖范围内");
        var entry = await db.CreditEntries.FirstAsync(x => x.Id == req.EntryId, ct);
        var org = await access.GetAsync(req.OrganizationId, ct);
        access.EnsureAuthorityFor(org);
        return req.Status != expected ? throw new BusinessRuleException(wrongState) : (req, entry, org);
    }

    private static string? NoteOf(CreditDecisionRequest d)
    {
        var note = d.Note?.Trim();
        if (!d.Accept && string.IsNullOrEmpty(note))
        {
            throw new FieldValidationException("note", "不予移出时请说明理由。");
        }
        return note is { Length: > 500 } ? throw new FieldValidationException("note", "意见不超过500字。") : note;
    }

    internal static CreditRemovalView View(CreditRemovalRequest r, string orgName, DateOnly today) =>
        new(r.Id, r.Number, r.EntryId, r.EntryNumber, r.List.ToString(), orgName, r.CreditCode, r.Fixed, r.Proof, r.SubmittedOn, r.SubmittedBy, r.DueBy,
            r.Status is RemovalStatus.Pending or RemovalStatus.Verified && r.DueBy < today, r.RuleNote, r.AutoCheck, r.Status.ToString(), CreditNames.Of(r.Status),
            r.VerifiedBy, r.VerifiedOn, r.VerifyNote, r.DecidedBy, r.DecidedOn, r.DecisionNote);
}
