using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>Charity projects and their spending (项目支出), with what 定向 donations raised for each.</summary>
internal sealed class Projects(CharityDb db, CharityRecipients recipients, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProjectRow>> ListAsync(string? org, CancellationToken ct)
    {
        var t = (org ?? "").Trim();
        var projects = await db.Projects.AsNoTracking()
            .Where(p => t.Length == 0 || p.CreditCode == t.ToUpperInvariant() || p.OrganizationName.Contains(t))
            .OrderBy(p => p.OrganizationName).ThenByDescending(p => p.StartsOn).ToListAsync(ct);
        return await RowsAsync(db, projects, ignoreFilters: false, ct);
    }

    public async Task<ProjectView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var spending = await db.Spending.AsNoTracking().Where(s => s.ProjectId == id).OrderByDescending(s => s.SpentOn).ToListAsync(ct);
        var row = (await RowsAsync(db, [p], ignoreFilters: false, ct))[0];
        return new ProjectView(row, spending.Select(s => new SpendingView(s.Id, s.SpentOn, s.Amount, s.Purpose, s.BeneficiariesReached, s.RecordedBy)).ToList());
    }

    public async Task<ProjectView> CreateAsync(ProjectRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var org = await recipients.ResolveAsync(r.OrganizationCreditCode, "organizationCreditCode", errors, ct);
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 100)
        {
            errors.Add("name", "请填写项目名称（2–100字）");
        }
        var field = (r.Field ?? "").Trim();
        if (field.Length is < 2 or > 20)
        {
            errors.Add("field", "请选择项目领域");
        }
        if (r.Budget is not > 0)
        {
            errors.Add("budget", "项目预算须大于0");
        }
        if (r.StartsOn is null)
        {
            errors.Add("startsOn", "请填写开始日期");
        }
        if (r.EndsOn is { } e && r.StartsOn is { } s && e < s)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        if (r.BeneficiariesTarget is < 0)
        {
            errors.Add("beneficiariesTarget", "受益人数不能为负");
        }
        errors.ThrowIfAny();
        CharityRecipients.EnsureCharitable(org!);
        var p = new CharityProject
        {
            OrganizationId = org!.Id, CreditCode = org.CreditCode, OrganizationName = org.Name, DivisionCode = org.DivisionCode, Name = name, Field = field,
            Budget = decimal.Round(r.Budget!.Value, 2), StartsOn = r.StartsOn!.Value, EndsOn = r.EndsOn, BeneficiariesTarget = r.BeneficiariesTarget ?? 0,
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Projects.Add(p);
        await db.SaveChangesAsync(ct);
        return await GetAsync(p.Id, ct);
    }

    public async Task<ProjectView> SpendAsync(Guid id, SpendingRequest r, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        // the same rule as for recording: the organization itself, or staff of its jurisdiction
        await recipients.ResolveAsync(p.CreditCode, "projectId", new FieldErrors(), ct);
        var errors = new FieldErrors();
        if (r.Amount is not > 0)
        {
            errors.Add("amount", "支出金额须大于0");
        }
        if (r.SpentOn is null)
        {
            errors.Add("spentOn", "请填写支出日期");
        }
        else if (r.SpentOn > ChinaTime.Today(clock))
        {
            errors.Add("spentOn", "支出日期不能晚于今天");
        }
        var purpose = (r.Purpose ?? "").Trim();
        if (purpose.Length is < 2 or > 200)
        {
            errors.Add("purpose", "请填写支出用途（2–200字）");
        }
        if (r.BeneficiariesReached is < 0)
        {
            errors.Add("beneficiariesReached", "受益人数不能为负");
        }
        errors.ThrowIfAny();
        db.Spending.Add(new ProjectSpending
        {
            ProjectId = p.Id, CreditCode = p.CreditCode, DivisionCode = p.DivisionCode, SpentOn = r.SpentOn!.Value, Amount = decimal.Round(r.Amount!.Value, 2),
            Purpose = purpose, BeneficiariesReached = r.BeneficiariesReached ?? 0, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Raised (valid 定向 donations) and spent per project, summed in memory (SQLite cannot sum decimals).</summary>
    public static async Task<IReadOnlyList<ProjectRow>> RowsAsync(CharityDb db, IReadOnlyList<CharityProject> projects, bool ignoreFilters, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var donations = ignoreFilters ? db.Donations.IgnoreQueryFilters() : db.Donations;
        var spending = ignoreFilters ? db.Spending.IgnoreQueryFilters() : db.Spending;
        var raised = (await donations.AsNoTracking().Where(d => d.Status == DonationStatus.Valid && d.ProjectId != null && ids.Contains(d.ProjectId.Value))
            .Select(d => new { Id = d.ProjectId!.Value, d.Amount }).ToListAsync(ct)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var spent = (await spending.AsNoTracking().Where(s => ids.Contains(s.ProjectId)).Select(s => new { s.ProjectId, s.Amount, s.BeneficiariesReached })
            .ToListAsync(ct)).GroupBy(s => s.ProjectId).ToDictionary(g => g.Key, g => (Amount: g.Sum(s => s.Amount), Reached: g.Sum(s => s.BeneficiariesReached)));
        return projects.Select(p => new ProjectRow(p.Id, p.OrganizationName, p.CreditCode, p.Name, p.Field, p.Budget, p.StartsOn, p.EndsOn,
            p.BeneficiariesTarget, raised.GetValueOrDefault(p.Id), spent.TryGetValue(p.Id, out var s) ? s.Amount : 0, spent.TryGetValue(p.Id, out var s2) ? s2.Reached : 0))
            .ToList();
    }
}
