using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Events;

public class EventRequest
{
    public string? Name { get; set; }

    public string? Type { get; set; }

    public int? Level { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Comma-separated division codes.</summary>
    public string? AffectedDivisions { get; set; }

    public string? Description { get; set; }
}

public class ResponseRequest
{
    public int? Level { get; set; }

    public string? Trigger { get; set; }
}

internal sealed record ResponseView(Guid Id, int Level, string LevelName, string Trigger, DateTime ActivatedAtUtc, string ActivatedBy, DateTime? EndedAtUtc, string? EndedBy);

internal sealed record EventView(Guid Id, string Number, string Name, DisasterType Type, string TypeName, int Level, string LevelName, DateOnly StartDate,
    DateOnly? EndDate, IReadOnlyList<string> AffectedDivisions, string? Description, bool Ongoing, ResponseView? ActiveResponse, IReadOnlyList<ResponseView> Responses);

/// <summary>Disaster events and the emergency response (条例 art. 14): the city or a district (disaster.manage) records them; everyone with disaster.read sees them.</summary>
internal sealed class Events(DisasterDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<List<EventView>> ListAsync(CancellationToken ct) =>
        (await db.Events.AsNoTracking().Include(e => e.Responses).OrderByDescending(e => e.StartDate).ToListAsync(ct)).Select(View).ToList();

    public async Task<EventView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.Events.AsNoTracking().Include(e => e.Responses).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException());

    public async Task<EventView> CreateAsync(EventRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterManage, "只有应急/民政部门（disaster.manage）可以登记灾害事件");
        var e = new FieldErrors();
        var name = Access.Text(e, "name", r.Name, 64, "请填写灾害名称，如 台风“山竹”");
        if (!Enum.TryParse<DisasterType>(r.Type, true, out var type) || int.TryParse(r.Type, out _))
        {
            e.Add("type", "请选择灾害类型");
        }
        if (r.Level is not (>= 1 and <= 4))
        {
            e.Add("level", "请选择灾害等级（Ⅰ至Ⅳ级）");
        }
        if (r.StartDate is null)
        {
            e.Add("startDate", "请填写开始日期");
        }
        else if (r.StartDate > ChinaTime.Today(clock))
        {
            e.Add("startDate", "开始日期不能晚于今天");
        }
        if (r.EndDate is { } end && r.StartDate is { } start && end < start)
        {
            e.Add("endDate", "结束日期不能早于开始日期");
        }
        var divisions = Divisions(e, r.AffectedDivisions);
        e.ThrowIfAny();
        var year = r.StartDate!.Value.Year;
        var prefix = $"ZH-{year}-";
        var count = await db.Events.CountAsync(x => x.Number.StartsWith(prefix), ct);
        var ev = new DisasterEvent
        {
            Number = $"{prefix}{count + 1:000}", Name = name, Type = type, Level = r.Level!.Value, StartDate = r.StartDate.Value, EndDate = r.EndDate,
            AffectedDivisions = string.Join(',', divisions), Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim(),
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        return View(ev);
    }

    public async Task<EventView> CloseAsync(Guid id, DateOnly? endDate, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterManage, "只有应急/民政部门（disaster.manage）可以结束灾害事件");
        var ev = await db.Events.Include(e => e.Responses).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        var end = endDate ?? ChinaTime.Today(clock);
        if (end < ev.StartDate)
        {
            throw new FieldValidationException("endDate", "结束日期不能早于开始日期");
        }
        if (ev.Responses.Any(r => r.EndedAtUtc is null))
        {
            throw new BusinessRuleException("应急响应尚未终止，请先终止响应再结束事件");
        }
        ev.EndDate = end;
        await db.SaveChangesAsync(ct);
        return View(ev);
    }

    /// <summary>Starts a response level; a running response at another level is ended (raised or lowered) in the same step.</summary>
    public async Task<EventView> ActivateAsync(Guid id, ResponseRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterManage, "只有应急/民政部门（disaster.manage）可以启动应急响应");
        var ev = await db.Events.Include(e => e.Responses).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        var e = new FieldErrors();
        if (r.Level is not (>= 1 and <= 4))
        {
            e.Add("level", "请选择响应等级（Ⅰ至Ⅳ级）");
        }
        var trigger = Access.Text(e, "trigger", r.Trigger, 500, "请写明启动条件（预案规定的触发情形）");
        e.ThrowIfAny();
        if (ev.EndDate is not null)
        {
            throw new BusinessRuleException("灾害事件已结束，不能再启动应急响应");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var running in ev.Responses.Where(x => x.EndedAtUtc is null))
        {
            if (running.Level == r.Level)
            {
                throw new BusinessRuleException($"{DisasterNames.Level(running.Level)}应急响应已在运行");
            }
            running.EndedAtUtc = now;
            running.EndedBy = user.UserName;
        }
        var response = new ResponseActivation { EventId = ev.Id, Level = r.Level!.Value, Trigger = trigger, ActivatedAtUtc = now, ActivatedBy = user.UserName };
        db.Responses.Add(response);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<EventView> EndResponseAsync(Guid id, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterManage, "只有应急/民政部门（disaster.manage）可以终止应急响应");
        var ev = await db.Events.Include(e => e.Responses).FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        var running = ev.Responses.FirstOrDefault(x => x.EndedAtUtc is null) ?? throw new BusinessRuleException("没有正在运行的应急响应");
        running.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
        running.EndedBy = user.UserName;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private static List<string> Divisions(FieldErrors e, string? input)
    {
        var list = new List<string>();
        foreach (var part in (input ?? "").Split([',', '，', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            var code = DivisionCodes.Normalize(part);
            if (code is null || !code.StartsWith("4403", StringComparison.Ordinal))
            {
                e.Add("affectedDivisions", $"区划代码“{part}”无效（应为深圳市内的区、街道或社区代码）");
                return list;
            }
            if (!list.Contains(code))
            {
                list.Add(code);
            }
        }
        if (list.Count == 0)
        {
            e.Add("affectedDivisions", "请填写受灾区划（区或街道代码，用逗号分隔）");
        }
        return list;
    }

    internal static ResponseView ResponseOf(ResponseActivation r) =>
        new(r.Id, r.Level, DisasterNames.Level(r.Level), r.Trigger, r.ActivatedAtUtc, r.ActivatedBy, r.EndedAtUtc, r.EndedBy);

    private static EventView View(DisasterEvent e)
    {
        var responses = e.Responses.OrderByDescending(r => r.ActivatedAtUtc).Select(ResponseOf).ToList();
        return new EventView(e.Id, e.Number, e.Name, e.Type, DisasterNames.Type(e.Type), e.Level, DisasterNames.Level(e.Level), e.StartDate, e.EndDate,
            e.AffectedDivisions.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Description, e.EndDate is null,
            responses.FirstOrDefault(r => r.EndedAtUtc is null), responses);
    }
}
