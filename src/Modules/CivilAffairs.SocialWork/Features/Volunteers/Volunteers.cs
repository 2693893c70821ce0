using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Features.Volunteers;

/// <summary>Volunteer teams, volunteers, platform intakes, service records with a daily cap, and the free service-record certificate.</summary>
internal sealed class Volunteers(SocialWorkDb db, IDivisionDirectory divisions, ParameterStore parameters, AuditEvents audit, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<TeamRow>> TeamsAsync(CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().ToListAsync(ct);
        var members = await db.Volunteers.AsNoTracking().GroupBy(v => new { v.TeamId, v.Role }).Select(g => new { g.Key.TeamId, g.Key.Role, Count = g.Count() })
            .ToListAsync(ct);
        var intakes = (await db.Intakes.AsNoTracking().Select(i => new { i.TeamId, i.Members }).ToListAsync(ct))
            .GroupBy(i => i.TeamId).ToDictionary(g => g.Key, g => g.Sum(i => i.Members));
        var hours = (await db.ServiceRecords.AsNoTracking().Select(r => new { r.TeamId, r.Hours }).ToListAsync(ct))
            .GroupBy(r => r.TeamId).ToDictionary(g => g.Key, g => g.Sum(r => r.Hours));
        var visible = teams.Select(t => t.Id).ToHashSet();
        var children = teams.Where(t => t.ParentTeamId is { } p && visible.Contains(p)).ToLookup(t => t.ParentTeamId!.Value);
        var rows = new List<TeamRow>();
        (int V, int C, int P, decimal H) Walk(VolunteerTeam t, int depth)
        {
            var v = members.Where(m => m.TeamId == t.Id).Sum(m => m.Count);
            var c = members.Where(m => m.TeamId == t.Id && m.Role == VolunteerRole.RiverChief).Sum(m => m.Count);
            var p = intakes.GetValueOrDefault(t.Id);
            var h = hours.GetValueOrDefault(t.Id);
            var index = rows.Count;
            rows.Add(null!);
            var (tv, tc, tp, th) = (v, c, p, h);
            foreach (var child in children[t.Id].OrderBy(x => x.DivisionCode, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal))
            {
                var s = Walk(child, depth + 1);
                (tv, tc, tp, th) = (tv + s.V, tc + s.C, tp + s.P, th + s.H);
            }
            rows[index] = new TeamRow(t.Id, t.Name, t.Kind.ToString(), VolunteerNames.Of(t.Kind), t.ParentOrganization, t.ParentTeamId, t.DivisionCode, depth, v, c, p, h,
                tv, tc, tp, th);
            return (tv, tc, tp, th);
        }
        foreach (var root in teams.Where(t => t.ParentTeamId is not { } p || !visible.Contains(p)).OrderBy(t => t.Kind).ThenBy(t => t.DivisionCode, StringComparer.Ordinal))
        {
            Walk(root, 0);
        }
        return rows;
    }

    public async Task<TeamRow> CreateTeamAsync(TeamRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 4 or > 100)
        {
            errors.Add("name", "请填写队伍名称（4–100字）");
        }
        if (r.Kind is null)
        {
            errors.Add("kind", "请选择队伍类别");
        }
        var parentOrg = (r.ParentOrganization ?? "").Trim();
        if (parentOrg.Length is < 2 or > 100)
        {
            errors.Add("parentOrganization", "请填写所属组织（如 深圳市义工联合会）");
        }
        var code = DivisionCodes.Normalize(r.DivisionCode);
        if (code is null || !code.StartsWith("4403", StringComparison.Ordinal) || await divisions.FindAsync(code, null, ct) is null)
        {
            errors.Add("divisionCode", "请填写深圳市内有效的行政区划代码");
        }
        else if (!DivisionCodes.IsWithin(code, user.Jurisdiction ?? "#"))
        {
            errors.Add("divisionCode", "队伍所在区划不在您的辖区内");
        }
        if (r.ParentTeamId is { } pid && !await db.Teams.AnyAsync(t => t.Id == pid, ct))
        {
            errors.Add("parentTeamId", "上级队伍不存在或不在您的辖区内");
        }
        if (r.FoundedOn > ChinaTime.Today(clock))
        {
            errors.Add("foundedOn", "成立日期不能晚于今天");
        }
        errors.ThrowIfAny();
        var t = new VolunteerTeam
        {
            Name = name, Kind = r.Kind!.Value, ParentOrganization = parentOrg, ParentTeamId = r.ParentTeamId, DivisionCode = code!,
            FoundedOn = r.FoundedOn ?? ChinaTime.Today(clock), CreatedBy = user.UserName,
        };
        db.Teams.Add(t);
        await db.SaveChangesAsync(ct);
        return (await TeamsAsync(ct)).First(x => x.Id == t.Id);
    }

    public async Task<TeamRow> IntakeAsync(Guid teamId, IntakeRequest r, CancellationToken ct)
    {
        var t = await db.Teams.AsNoTracking().FirstOrDefaultAsync(x => x.Id == teamId, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.Members is not (> 0 and <= 100_000))
        {
            errors.Add("members", "人数须为1–100000");
        }
        if (r.ReceivedOn is null || r.ReceivedOn > ChinaTime.Today(clock))
        {
            errors.Add("receivedOn", "请填写接收日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        db.Intakes.Add(new VolunteerIntake
        {
            TeamId = t.Id, DivisionCode = t.DivisionCode, ReceivedOn = r.ReceivedOn!.Value, Members = r.Members!.Value,
            Source = string.IsNullOrWhiteSpace(r.Source) ? "志愿深圳平台" : r.Source.Trim()[..Math.Min(100, r.Source.Trim().Length)], RecordedBy = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return (await TeamsAsync(ct)).First(x => x.Id == teamId);
    }

    public async Task<VolunteerList> ListAsync(VolunteerQuery q, CancellationToken ct)
    {
        var query = db.Volunteers.AsNoTracking();
        if (q.Team is { } team)
        {
            query = query.Where(v => v.TeamId == team);
        }
        if (q.Role is { } role)
        {
            query = query.Where(v => v.Role == role);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim().ToUpperInvariant();
            query = query.Where(v => v.IdNumber == t);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var items = await query.OrderByDescending(v => v.RegisteredOn).ThenBy(v => v.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new VolunteerList(total, page, PageSize, await RowsAsync(items, ct));
    }

    public async Task<VolunteerView> GetAsync(Guid id, CancellationToken ct)
    {
        var v = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var records = await db.ServiceRecords.AsNoTracking().Where(r => r.VolunteerId == id).OrderByDescending(r => r.ServedOn).ThenByDescending(r => r.RecordedAtUtc)
            .ToListAsync(ct);
        var teamIds = records.Select(r => r.TeamId).Append(v.TeamId).Distinct().ToList();
        var teams = await db.Teams.IgnoreQueryFilters().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var cap = await parameters.FindAsync(SwParameters.MaxHoursPerDay, ChinaTime.Today(clock), v.DivisionCode, ct);
        return new VolunteerView((await RowsAsync([v], ct))[0],
            records.Select(r => new ServiceLine(r.Id, r.ServedOn, r.Activity, r.Hours, r.Verifier, teams.GetValueOrDefault(r.TeamId, ""))).ToList(),
            cap is null ? 0 : decimal.Parse(cap.Value, CultureInfo.InvariantCulture), cap?.LegalBasis ?? "");
    }

    public async Task<VolunteerView> RegisterAsync(VolunteerRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 50)
        {
            errors.Add("name", "请填写姓名（2–50字）");
        }
        string? id = null;
        if (!IdNumber.TryParse(r.IdNumber, today, null, out var info, out var idError))
        {
            errors.Add("idNumber", idError!);
        }
        else if (await db.Volunteers.IgnoreQueryFilters().AnyAsync(v => v.IdNumber == info!.Normalized, ct))
        {
            errors.Add("idNumber", "该身份证号码已登记为志愿者");
        }
        else
        {
            id = info!.Normalized;
        }
        var team = r.TeamId is { } tid ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tid, ct) : null;
        if (team is null)
        {
            errors.Add("teamId", "请选择本辖区的志愿服务队伍");
        }
        else if (!DivisionCodes.IsWithin(team.DivisionCode, user.Jurisdiction ?? "#"))
        {
            errors.Add("teamId", "该队伍不在您的辖区内");
        }
        if ((r.Skills ?? "").Trim().Length > 200)
        {
            errors.Add("skills", "技能特长不超过200字");
        }
        if (r.RegisteredOn > today)
        {
            errors.Add("registeredOn", "注册日期不能晚于今天");
        }
        errors.ThrowIfAny();
        var v = new Volunteer
        {
            Name = name, IdNumber = id!, TeamId = team!.Id, DivisionCode = team.DivisionCode, Role = r.Role, Skills = (r.Skills ?? "").Trim(),
            RegisteredOn = r.RegisteredOn ?? today, CreatedBy = user.UserName,
        };
        db.Volunteers.Add(v);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v.Id, ct);
    }

    public async Task<VolunteerView> RecordServiceAsync(Guid id, ServiceRequest r, CancellationToken ct)
    {
        var v = await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        var activity = (r.Activity ?? "").Trim();
        if (activity.Length is < 2 or > 100)
        {
            errors.Add("activity", "请填写服务活动（2–100字）");
        }
        if (r.ServedOn is null || r.ServedOn > ChinaTime.Today(clock) || r.ServedOn < v.RegisteredOn)
        {
            errors.Add("servedOn", "服务日期应在注册之后且不晚于今天");
        }
        var verifier = (r.Verifier ?? "").Trim();
        if (verifier.Length is < 2 or > 50)
        {
            errors.Add("verifier", "请填写核实人");
        }
        if (r.Hours is not > 0)
        {
            errors.Add("hours", "服务时长须大于0");
        }
        else if (r.ServedOn is { } day)
        {
            var max = await parameters.GetDecimalAsync(SwParameters.MaxHoursPerDay, day, v.DivisionCode, ct);
            var already = (await db.ServiceRecords.IgnoreQueryFilters().AsNoTracking().Where(x => x.VolunteerId == id && x.ServedOn == day).Select(x => x.Hours)
                .ToListAsync(ct)).Sum();
            if (SwRules.HoursRefusal(decimal.Round(r.Hours.Value, 1), already, max) is { } refusal)
            {
                errors.Add("hours", refusal);
            }
        }
        errors.ThrowIfAny();
        db.ServiceRecords.Add(new ServiceRecord
        {
            VolunteerId = id, TeamId = v.TeamId, DivisionCode = v.DivisionCode, Activity = activity, ServedOn = r.ServedOn!.Value, Hours = decimal.Round(r.Hours!.Value, 1),
            Verifier = verifier, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>志愿服务记录证明 (志愿服务条例 art. 19: free, truthful); issuing it is audited.</summary>
    public async Task<(string FileName, byte[] Bytes)> CertificateAsync(Guid id, CancellationToken ct)
    {
        var view = await GetAsync(id, ct);
        var v = await db.Volunteers.AsNoTracking().FirstAsync(x => x.Id == id, ct);
        var team = await db.Teams.AsNoTracking().FirstAsync(t => t.Id == v.TeamId, ct);
        var bytes = VolunteerCertificatePdf.Render(new VolunteerCertificate(v.Name, Masking.IdNumber(v.IdNumber), team.Name, team.ParentOrganization,
            v.RegisteredOn, view.Records, ChinaTime.Today(clock)));
        await audit.RecordAsync(AuditActions.Export, "Volunteer", id.ToString(), new { document = "志愿服务记录证明", records = view.Records.Count }, ct: ct);
        return ($"volunteer-record-{id.ToString("N")[..8]}.pdf", bytes);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> TeamChoicesAsync(CancellationToken ct) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.DivisionCode).ThenBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();

    private async Task<IReadOnlyList<VolunteerRow>> RowsAsync(IReadOnlyList<Volunteer> items, CancellationToken ct)
    {
        var ids = items.Select(v => v.Id).ToList();
        var teamIds = items.Select(v => v.TeamId).Distinct().ToList();
        var teams = await db.Teams.IgnoreQueryFilters().AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var hours = (await db.ServiceRecords.AsNoTracking().Where(r => ids.Contains(r.VolunteerId)).Select(r => new { r.VolunteerId, r.Hours }).ToListAsync(ct))
            .GroupBy(r => r.VolunteerId).ToDictionary(g => g.Key, g => (Hours: g.Sum(r => r.Hours), Count: g.Count()));
        return items.Select(v => new VolunteerRow(v.Id, Masking.Name(v.Name), Masking.IdNumber(v.IdNumber), v.TeamId, teams.GetValueOrDefault(v.TeamId, ""),
            v.Role.ToString(), VolunteerNames.Of(v.Role), v.Skills, v.RegisteredOn, hours.TryGetValue(v.Id, out var h) ? h.Hours : 0,
            hours.TryGetValue(v.Id, out var h2) ? h2.Count : 0)).ToList();
    }
}
