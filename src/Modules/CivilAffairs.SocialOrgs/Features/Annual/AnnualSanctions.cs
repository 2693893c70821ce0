using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>
/// What follows from missed or failed years: the overdue sweep onto the 活动异常名录 (through
/// <see cref="CreditListing"/>, the one way onto a list), the sanction proposals of the rules across
/// years, and the approver's decision on them (maker–checker: whoever raised it does not decide it).
/// </summary>
internal sealed class AnnualSanctions(SocialOrgsDb db, OrgAccess access, AnnualTerms terms, AnnualViews views, CreditListing listing, ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>The source reference of a listing for a missing report: the reporting year.</summary>
    public static string SourceRef(int year) => $"NB-{year}";

    /// <summary>Raises (or strengthens while pending) the proposal the rules give for a year's outcome; the caller saves.</summary>
    public async Task<AnnualSanctionProposal?> RaiseAsync(SocialOrganization org, int year, YearOutcome outcome, CancellationToken ct)
    {
        var previous = await terms.OutcomeAsync(org, year - 1, ct);
        if (AnnualInspectionRules.Propose(outcome, previous) is not { } kind)
        {
            return null;
        }
        var years = (AnnualInspectionRules.IsBad(previous) ? AnnualInspectionRules.Describe(year - 1, previous) + "；" : "")
            + AnnualInspectionRules.Describe(year, outcome);
        var existing = db.AnnualProposals.Local.FirstOrDefault(p => p.OrganizationId == org.Id && p.Year == year)
            ?? await db.AnnualProposals.FirstOrDefaultAsync(p => p.OrganizationId == org.Id && p.Year == year, ct);
        if (existing is not null)
        {
            if (existing.Status == ProposalStatus.Pending && kind > existing.Kind)
            {
                existing.Kind = kind;
                existing.Years = years;
            }
            return existing;
        }
        var p = new AnnualSanctionProposal
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, AuthorityCode = org.AuthorityCode, Year = year,
            Years = years, Kind = kind, ProposedOn = terms.Today, ProposedBy = user.UserName,
        };
        db.AnnualProposals.Add(p);
        return p;
    }

    /// <summary>
    /// After the deadline, every organization of the caller's authority with no report for the year
    /// goes onto the 活动异常名录 (occurred: the day after its deadline) and gets its proposal. Running
    /// it again lists nobody twice.
    /// </summary>
    public async Task<AnnualSweepResult> SweepAsync(int? year, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("逾期未报清查由登记管理人员执行");
        }
        var y = year ?? terms.ReportingYear;
        if (y > terms.ReportingYear)
        {
            throw new FieldValidationException("year", $"{y}年度报告尚未到报送期");
        }
        var j = user.Jurisdiction ?? "#";
        var overdue = (await views.OverdueAsync(y, null, ct)).Where(o => DivisionCodes.IsWithin(o.AuthorityCode, j)).ToList();
        var lines = new List<AnnualSweepLine>();
        var raised = 0;
        foreach (var o in overdue)
        {
            var org = await access.GetAsync(o.OrganizationId, ct);
            var basis = $"未按规定报送{y}年度工作报告（截止日{o.DueOn:yyyy-MM-dd}）";
            var entry = await listing.PlaceAsync(org, CreditList.Abnormal, CreditTrigger.NoAnnualReport, basis, SourceRef(y), o.DueOn.AddDays(1), ct);
            var isNew = db.Entry(entry).State == EntityState.Added;
            var proposal = await RaiseAsync(org, y, YearOutcome.Missing, ct);
            var proposalIsNew = proposal is not null && db.Entry(proposal).State == EntityState.Added;
            raised += proposalIsNew ? 1 : 0;
            lines.Add(new AnnualSweepLine(org.Id, org.Name, org.CreditCode, entry.Number, isNew,
                proposal is null ? null : AnnualInspectionRules.Name(proposal.Kind) + (proposalIsNew ? "（新建议）" : "")));
        }
        await db.SaveChangesAsync(ct);
        return new AnnualSweepResult(y, lines.Count(l => l.NewlyListed), lines.Count(l => !l.NewlyListed), raised, lines);
    }

    public async Task<IReadOnlyList<AnnualProposalRow>> ProposalsAsync(string? status, CancellationToken ct)
    {
        var q = from p in db.AnnualProposals.AsNoTracking()
                join o in db.Organizations.AsNoTracking() on p.OrganizationId equals o.Id
                select new { p, o.Name };
        if (Enum.TryParse<ProposalStatus>(status, true, out var s))
        {
            q = q.Where(x => x.p.Status == s);
        }
        var rows = await q.ToListAsync(ct);
        return rows.OrderBy(x => x.p.Status).ThenByDescending(x => x.p.Kind).ThenByDescending(x => x.p.Year).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => Row(x.p, x.Name)).ToList();
    }

    /// <summary>The approver confirms (a revocation goes to enforcement) or dismisses with a note (socialorgs.approve, own authority).</summary>
    public async Task<AnnualProposalRow> DecideAsync(Guid id, bool confirm, AnnualReasonRequest request, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsApprove))
        {
            throw new ForbiddenException("处理建议须由审批人员确认");
        }
        var p = await db.AnnualProposals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("处理建议不存在或不在您的管辖范围内");
        var org = await access.GetAsync(p.OrganizationId, ct);
        access.EnsureAuthorityFor(org);
        if (p.Status != ProposalStatus.Pending)
        {
            throw new BusinessRuleException("该建议已处理");
        }
        if (string.Equals(p.ProposedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("提出建议的人员不能自行确认（审核与审批分离）");
        }
        var note = (request.Reason ?? "").Trim();
        if (!confirm && note.Length < 4)
        {
            throw new FieldValidationException("reason", "不予处理须写明理由");
        }
        p.Status = confirm ? ProposalStatus.Confirmed : ProposalStatus.Dismissed;
        p.DecisionNote = note.Length == 0 ? null : note.Length > 1000 ? note[..1000] : note;
        p.DecidedOn = terms.Today;
        p.DecidedBy = user.UserName;
        p.HandedToEnforcement = confirm && p.Kind == SanctionKind.Revocation;
        var summary = !confirm ? $"年检处理建议（{AnnualInspectionRules.Name(p.Kind)}）不予处理：{note}"
            : p.Kind == SanctionKind.Warning ? $"因{p.Years}，给予警告"
            : $"因{p.Years}，拟撤销登记，已移交执法";
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = confirm ? OrgEventKind.Enforcement : OrgEventKind.Note,
            Summary = summary.Length > 500 ? summary[..500] : summary, Details = p.DecisionNote, Reference = $"NJ-{p.Year}", OccurredOn = terms.Today,
            RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Row(p, org.Name);
    }

    private static AnnualProposalRow Row(AnnualSanctionProposal p, string name) =>
        new(p.Id, p.OrganizationId, name, p.CreditCode, p.AuthorityCode, p.Year, p.Years, p.Kind, AnnualInspectionRules.Name(p.Kind), p.Status,
            AnnualTerms.ProposalStatusName(p.Status), p.ProposedOn, p.ProposedBy, p.DecisionNote, p.DecidedOn, p.DecidedBy, p.HandedToEnforcement);
}
