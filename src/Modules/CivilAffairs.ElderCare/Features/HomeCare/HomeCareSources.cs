using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.HomeCare;

/// <summary>The elder's page: the home-care subsidy and the latest orders.</summary>
internal sealed class HomeCareServiceSource(ElderCareDb db) : IElderServiceSource
{
    public async Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct)
    {
        var id = idNumber.Trim().ToUpperInvariant();
        var result = new List<ElderService>();
        foreach (var s in await db.HomeCareSubsidies.AsNoTracking().Where(s => s.IdNumber == id).OrderByDescending(s => s.AppliedOn).Take(3).ToListAsync(ct))
        {
            result.Add(new ElderService("居家养老", $"居家养老服务补贴 · {HomeCareRules.TierName(s.Tier)} · {s.MonthlyAmount:0.##}元/月",
                $"{s.Number} {HomeCareSubsidies.StatusName(s.Status)}", s.StartMonth, s.EndOn, $"/eldercare/homecare/subsidies/{s.Id}"));
        }
        var orders = await db.HomeCareOrders.AsNoTracking().Where(o => o.IdNumber == id).OrderByDescending(o => o.ServiceDate).Take(5).ToListAsync(ct);
        var codes = orders.Select(o => o.InstitutionCode).Distinct().ToList();
        var names = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        foreach (var o in orders)
        {
            result.Add(new ElderService("居家养老", $"服务工单 · {HomeCareParameters.Item(o.ItemCode)?.Name} · {names.GetValueOrDefault(o.InstitutionCode, o.InstitutionCode)}",
                $"{o.Minutes}分钟，{o.Amount:0.00}元{(o.SubsidyId is null ? "（自费）" : "")}", o.ServiceDate, o.ServiceDate,
                // never an ID number in a URL (it would land in access logs): the month's orders of that provider
                $"/eldercare/homecare/orders?month={o.ServiceDate:yyyy-MM}&institution={o.InstitutionCode}"));
        }
        return result;
    }
}

/// <summary>Figures for the reports page (居家养老), by district.</summary>
internal sealed class HomeCareFigures(ElderCareDb db) : IElderCareFigures
{
    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prefix = query.DivisionPrefix ?? "";
        var subsidies = await db.HomeCareSubsidies.AsNoTracking()
            .Where(s => s.DivisionCode.StartsWith(prefix) && s.StartMonth != null && s.StartMonth <= query.To && (s.EndOn == null || s.EndOn >= query.From)
                && (s.Status == HomeCareSubsidyStatus.Approved || s.Status == HomeCareSubsidyStatus.Stopped))
            .Select(s => new { s.DivisionCode, s.Tier }).ToListAsync(ct);
        var orders = await db.HomeCareOrders.AsNoTracking()
            .Where(o => o.DivisionCode.StartsWith(prefix) && o.ServiceDate >= query.From && o.ServiceDate <= query.To)
            .Select(o => new { o.DivisionCode, o.Minutes }).ToListAsync(ct);
        var from = new DateOnly(query.From.Year, query.From.Month, 1);
        var bills = await db.HomeCareBills.AsNoTracking()
            .Where(b => b.DivisionCode.StartsWith(prefix) && b.Status == HomeCareBillStatus.Paid && b.Month >= from && b.Month <= query.To)
            .Select(b => new { b.DivisionCode, b.PaidAmount }).ToListAsync(ct);
        var figures = new List<ElderCareFigure>();
        static string District(string code) => code.Length >= 6 ? code[..6] : code;
        foreach (var g in subsidies.GroupBy(s => District(s.DivisionCode)))
        {
            figures.Add(new("居家养老", "homecare.subsidised", "享受居家养老服务补贴人数", g.Key, g.Count(), "人"));
            foreach (var t in g.GroupBy(s => s.Tier))
            {
                figures.Add(new("居家养老", "homecare.subsidised." + t.Key.ToString().ToLowerInvariant(), "其中：" + HomeCareRules.TierName(t.Key), g.Key, t.Count(), "人"));
            }
        }
        foreach (var g in orders.GroupBy(o => District(o.DivisionCode)))
        {
            figures.Add(new("居家养老", "homecare.orders", "居家养老服务工单", g.Key, g.Count(), "单"));
            figures.Add(new("居家养老", "homecare.hours", "居家养老服务时长", g.Key, Math.Round(g.Sum(o => o.Minutes) / 60m, 1), "小时"));
        }
        foreach (var g in bills.GroupBy(b => District(b.DivisionCode)))
        {
            figures.Add(new("居家养老", "homecare.paid", "居家养老服务补贴拨付", g.Key, g.Sum(b => b.PaidAmount ?? 0), "元"));
        }
        return figures;
    }
}

/// <summary>A death stops the home-care subsidy at the end of that month (idempotent).</summary>
internal sealed class HomeCarePersonDiedHandler(ElderCareDb db, TimeProvider clock) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var id = e.IdNumber.Trim().ToUpperInvariant();
        var live = await db.HomeCareSubsidies.Where(s => s.IdNumber == id && (s.Status == HomeCareSubsidyStatus.Approved || s.Status == HomeCareSubsidyStatus.Submitted))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var s in live)
        {
            var reason = $"死亡（{e.DiedOn:yyyy-MM-dd}，来源：{e.Source}）";
            if (s.Status == HomeCareSubsidyStatus.Submitted)
            {
                s.Status = HomeCareSubsidyStatus.Refused;
                s.RefusalReason = reason;
                s.DecidedOn = ChinaTime.Today(clock);
                s.DecidedBy = "system";
            }
            else
            {
                s.Status = HomeCareSubsidyStatus.Stopped;
                s.EndOn = HomeCareRules.MonthStart(e.DiedOn).AddMonths(1).AddDays(-1);
                s.StopReason = reason;
            }
            s.Version++;
            db.HomeCareSubsidyEvents.Add(new HomeCareSubsidyEvent { SubsidyId = s.Id, Kind = "停发", Text = reason, By = "system", AtUtc = now });
        }
        await db.SaveChangesAsync(ct);
        return new PersonDiedOutcome("eldercare.homecare", live.Count, live.Count == 0 ? "无在享居家养老服务补贴" : $"停发居家养老服务补贴{live.Count}项");
    }
}
