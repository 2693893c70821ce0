using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Meals;

/// <summary>What the elder receives from meal aid: the enrolment (group, card) and this month's meals.</summary>
internal sealed class MealServiceSource(ElderCareDb db, TimeProvider clock) : IElderServiceSource
{
    public async Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct)
    {
        var e = await db.MealEnrolments.AsNoTracking().FirstOrDefaultAsync(x => x.PersonId == personId, ct);
        if (e is null)
        {
            return [];
        }
        var month = MealEnrolments.MonthStart(ChinaTime.Today(clock));
        var meals = await db.MealRecords.IgnoreQueryFilters().AsNoTracking().CountAsync(r => r.EnrolmentId == e.Id && r.MealDate >= month, ct);
        return
        [
            new ElderService("长者助餐", $"长者助餐 · {MealEnrolments.GroupName(e.Group)} · 卡号 {e.CardNumber}",
                $"{e.GroupReason}；本月就餐 {meals} 次" + (e.Status == MealEnrolmentStatus.Stopped ? $"；已停用：{e.StopReason}" : ""),
                e.ValidFrom, e.StoppedOn, $"/eldercare/meals/enrolments/{e.Id}"),
        ];
    }
}

/// <summary>长者助餐 figures by district: canteens operating, enrolled by group, meals served, subsidised meals, subsidy paid.</summary>
internal sealed class MealFigures(ElderCareDb db) : IElderCareFigures
{
    private const string Area = "长者助餐";

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        var prefix = query.DivisionPrefix ?? "";
        var figures = new List<ElderCareFigure>();
        var canteens = await db.Institutions.AsNoTracking()
            .Where(i => i.Kind == InstitutionKind.MealProvider && i.Status == InstitutionStatus.Operating && i.DivisionCode.StartsWith(prefix))
            .Select(i => i.DivisionCode).ToListAsync(ct);
        figures.AddRange(canteens.GroupBy(d => d[..6]).Select(g => new ElderCareFigure(Area, "meals.providers", "运营中的助餐点", g.Key, g.Count(), "个")));
        var enrolled = await db.MealEnrolments.AsNoTracking().Where(e => e.Status == MealEnrolmentStatus.Active && e.DivisionCode.StartsWith(prefix))
            .GroupBy(e => new { District = e.DivisionCode.Substring(0, 6), e.Group }).Select(g => new { g.Key.District, g.Key.Group, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var g in enrolled)
        {
            figures.Add(new(Area, "meals.enrolled." + g.Group.ToString().ToLowerInvariant(), "助餐登记长者（" + MealEnrolments.GroupName(g.Group) + "）", g.District, g.Count, "人"));
        }
        var meals = await db.MealRecords.AsNoTracking().Where(r => r.MealDate >= query.From && r.MealDate <= query.To && r.DivisionCode.StartsWith(prefix))
            .GroupBy(r => new { District = r.DivisionCode.Substring(0, 6), Paid = r.Subsidy > 0 })
            .Select(g => new { g.Key.District, g.Key.Paid, Count = g.Count(), Sum = g.Sum(r => r.Subsidy) }).ToListAsync(ct);
        foreach (var d in meals.GroupBy(m => m.District))
        {
            figures.Add(new(Area, "meals.served", "就餐人次", d.Key, d.Sum(x => x.Count), "人次"));
            figures.Add(new(Area, "meals.subsidised", "享受补贴人次", d.Key, d.Where(x => x.Paid).Sum(x => x.Count), "人次"));
        }
        // subsidy paid = approved or paid settlements of months inside the period
        var paid = await db.MealSettlements.AsNoTracking()
            .Where(s => (s.Status == MealSettlementStatus.Approved || s.Status == MealSettlementStatus.Paid) && s.Month >= query.From && s.Month <= query.To
                && s.DivisionCode.StartsWith(prefix))
            .Select(s => new { s.DivisionCode, s.SubsidyTotal }).ToListAsync(ct);
        figures.AddRange(paid.GroupBy(p => p.DivisionCode[..6]).Select(g => new ElderCareFigure(Area, "meals.subsidy", "助餐补贴（已审核结算）", g.Key, g.Sum(x => x.SubsidyTotal), "元")));
        return figures;
    }
}
