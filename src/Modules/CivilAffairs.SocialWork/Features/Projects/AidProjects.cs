using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Features.Projects;

/// <summary>Out-of-province assistance (社工援疆 …): projects run by the city bureau, and people served (人次) per period.</summary>
internal sealed class AidProjects(SocialWorkDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<AidView> ListAsync(CancellationToken ct)
    {
        var projects = await db.AidProjects.AsNoTracking().OrderBy(p => p.StartsOn).ThenBy(p => p.Name).ToListAsync(ct);
        var logs = await db.AidLogs.AsNoTracking().Select(l => new { l.AidProjectId, l.PeriodEnd, l.PeopleServed }).ToListAsync(ct);
        var rows = projects.Select(p =>
        {
            var mine = logs.Where(l => l.AidProjectId == p.Id).ToList();
            var byYear = mine.GroupBy(l => l.PeriodEnd.Year).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(l => l.PeopleServed));
            return new AidRow(p.Id, p.Name, p.Place, p.Partner, SwNames.Of(p.Field), p.StartsOn, p.EndsOn, p.Budget, byYear, mine.Sum(l => l.PeopleServed));
        }).ToList();
        var total = logs.Where(l => projects.Any(p => p.Id == l.AidProjectId)).GroupBy(l => l.PeriodEnd.Year).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.PeopleServed));
        return new AidView(rows, total);
    }

    public async Task<AidRow> CreateAsync(AidRequest r, CancellationToken ct)
    {
        if (!DivisionCodes.IsWithin("4403", user.Jurisdiction ?? "#"))
        {
            throw new ForbiddenException("对口援建项目由市民政局登记");
        }
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 4 or > 100)
        {
            errors.Add("name", "请填写项目名称（4–100字）");
        }
        var place = (r.Place ?? "").Trim();
        if (place.Length is < 2 or > 60)
        {
            errors.Add("place", "请填写服务地点（如 喀什地区疏附县）");
        }
        var partner = (r.Partner ?? "").Trim();
        if (partner.Length is < 2 or > 100)
        {
            errors.Add("partner", "请填写合作方");
        }
        if (r.Field is null)
        {
            errors.Add("field", "请选择服务领域");
        }
        if (r.StartsOn is null)
        {
            errors.Add("startsOn", "请填写开始日期");
        }
        if (r.EndsOn is { } e && r.StartsOn is { } s && e < s)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        if (r.Budget is <= 0)
        {
            errors.Add("budget", "预算须大于0");
        }
        errors.ThrowIfAny();
        var p = new AidProject
        {
            Name = name, Place = place, Partner = partner, Field = r.Field!.Value, StartsOn = r.StartsOn!.Value, EndsOn = r.EndsOn, Budget = r.Budget,
            CreatedBy = user.UserName,
        };
        db.AidProjects.Add(p);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).Projects.First(x => x.Id == p.Id);
    }

    public async Task<AidRow> ServedAsync(Guid id, AidServedRequest r, CancellationToken ct)
    {
        var p = await db.AidProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.PeriodEnd is null || r.PeriodEnd < p.StartsOn || r.PeriodEnd > ChinaTime.Today(clock))
        {
            errors.Add("periodEnd", "统计截止日期应在项目开始之后且不晚于今天");
        }
        if (r.PeopleServed is not (> 0 and <= 1_000_000))
        {
            errors.Add("peopleServed", "服务人次须为正整数");
        }
        if ((r.Note ?? "").Trim().Length > 200)
        {
            errors.Add("note", "说明不超过200字");
        }
        errors.ThrowIfAny();
        db.AidLogs.Add(new AidServiceLog
        {
            AidProjectId = id, DivisionCode = p.DivisionCode, PeriodEnd = r.PeriodEnd!.Value, PeopleServed = r.PeopleServed!.Value,
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), RecordedBy = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).Projects.First(x => x.Id == id);
    }
}
