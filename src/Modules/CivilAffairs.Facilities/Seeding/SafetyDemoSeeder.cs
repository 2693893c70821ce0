using System.Globalization;
using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Seeding;

/// <summary>
/// Safety demo relative to today (fictitious): risk lists of the residential institutions, inspections
/// in the last months (some institutions left overdue or never inspected), hidden dangers open, overdue,
/// rectified awaiting verification and closed. Deadlines use the seeded periods (一般 15, 重大 60 days).
/// </summary>
internal sealed class SafetyDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : ISeeder
{
    private static readonly (string Hazard, int L, int S, string Controls)[] RiskTemplates =
    [
        ("厨房燃气管道及灶具", 3, 5, "燃气泄漏报警器联动切断阀；每日班前检查；每季度专业检测"),
        ("失能老人夜间跌倒", 4, 3, "床边护栏、夜间每2小时巡房、防滑地面"),
        ("电动车及电池充电", 3, 4, "室内禁止充电，设置集中充电棚并配置灭火器"),
        ("消防通道及疏散楼梯", 2, 5, "每日巡查，严禁堆放杂物，应急照明月检"),
        ("电梯运行", 2, 4, "维保单位每半月保养，年度检验合格"),
        ("食品采购与留样", 2, 3, "索证索票，每餐留样48小时"),
    ];

    private static readonly string[] Surnames = ["陈", "李", "黄", "张", "刘", "林", "吴", "郑"];
    private static readonly string[] Given = ["志强", "丽华", "建国", "秀英", "海波", "晓燕", "国平", "美玲"];

    public int Order => 112;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("facilities-safety-demo");
        var db = scope.ServiceProvider.GetRequiredService<FacilitiesDb>();
        if (await db.SafetyInspections.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var numbers = scope.ServiceProvider.GetRequiredService<Numbers>();
        var today = ChinaTime.Today(clock);
        var residential = await db.Facilities.IgnoreQueryFilters()
            .Where(f => f.Status == FacilityStatus.Operating && (f.Type == FacilityType.ElderlyCare || f.Type == FacilityType.WelfareHome || f.Type == FacilityType.RescueStation
                || f.Type == FacilityType.FuneralHome))
            .OrderBy(f => f.DivisionCode).ThenBy(f => f.Code).ToListAsync(ct);
        var matrix = new RiskMatrix(20, 15, 9, new DateOnly(2018, 1, 1));
        for (var i = 0; i < residential.Count; i++)
        {
            var f = residential[i];
            foreach (var (t, k) in RiskTemplates.Select((t, k) => (t, k)).Where(x => (x.k + i) % 2 == 0 || x.k == 0))
            {
                db.SafetyRisks.Add(new SafetyRisk
                {
                    FacilityId = f.Id, DivisionCode = f.DivisionCode, Hazard = t.Hazard, Likelihood = t.L, Severity = t.S, Level = SafetyRules.Grade(t.L, t.S, matrix),
                    ParametersUsed = matrix.Key, Controls = t.Controls, ResponsiblePerson = Surnames[(i + k) % Surnames.Length] + Given[(i * 3 + k) % Given.Length],
                    AssessedOn = today.AddMonths(-4), RecordedBy = "system",
                });
            }
            // every fourth institution is left overdue (last inspected 45 days ago), every seventh never inspected
            if (i % 7 == 6)
            {
                continue;
            }
            var dates = i % 4 == 3 ? new[] { today.AddDays(-75), today.AddDays(-45) } : new[] { today.AddDays(-40), today.AddDays(-(5 + i % 20)) };
            var inspections = new List<SafetyInspection>();
            foreach (var (on, n) in dates.Select((d, n) => (d, n)))
            {
                var inspection = new SafetyInspection
                {
                    Number = await numbers.NextAsync("AQ", on.Year, ct), FacilityId = f.Id, DivisionCode = f.DivisionCode, InspectedOn = on,
                    Kind = n == 0 && i % 3 == 0 ? InspectionKind.JointFire : InspectionKind.Routine,
                    Inspectors = n == 0 && i % 3 == 0 ? FacilityNames.District(f.DivisionCode) + "民政局、消防救援大队" : FacilityNames.District(f.DivisionCode) + "民政局安全生产检查组",
                    Findings = "检查消防设施、用电用气、食品安全及应急预案演练记录", RecordedBy = "system", RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                db.SafetyInspections.Add(inspection);
                inspections.Add(inspection);
            }
            // a third of them still have a general danger from the first inspection (past its deadline), a third one rectified awaiting
            // verification, some a closed one, every fifth an open major danger from the latest inspection
            var kind = i % 3;
            if (kind == 0)
            {
                db.SafetyHazards.Add(await HazardAsync(numbers, f, inspections[0], HazardLevel.General, "疏散通道堆放杂物、部分灭火器压力不足", ct));
            }
            else if (kind == 1 || i % 2 == 0)
            {
                var h = await HazardAsync(numbers, f, inspections[1], HazardLevel.General, "厨房排油烟管道油污积聚", ct);
                h.Status = kind == 1 ? HazardStatus.Rectified : HazardStatus.Verified;
                h.RectifiedOn = inspections[1].InspectedOn.AddDays(2);
                h.Rectification = "已委托专业单位清洗";
                if (kind != 1)
                {
                    h.VerifiedBy = "futian.street";
                    h.VerifiedOn = inspections[1].InspectedOn.AddDays(4);
                }
                db.SafetyHazards.Add(h);
            }
            if (i % 5 == 4)
            {
                db.SafetyHazards.Add(await HazardAsync(numbers, f, inspections[1], HazardLevel.Major, "消防自动报警系统部分探测器故障，未及时维修", ct));
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A danger as the clerk would record it, with the seeded periods (一般 15, 重大 60 days).</summary>
    private static async Task<SafetyHazard> HazardAsync(Numbers numbers, Facility f, SafetyInspection inspection, HazardLevel level, string description, CancellationToken ct)
    {
        var days = level == HazardLevel.Major ? 60 : 15;
        return new SafetyHazard
        {
            Number = await numbers.NextAsync("YH", inspection.InspectedOn.Year, ct), FacilityId = f.Id, InspectionId = inspection.Id, DivisionCode = f.DivisionCode,
            Description = description, Level = level, FoundOn = inspection.InspectedOn, Deadline = SafetyRules.Deadline(inspection.InspectedOn, days),
            ParametersUsed = string.Create(CultureInfo.InvariantCulture, $"{(level == HazardLevel.Major ? "major" : "general")}={days}d@2018-01-01"), RecordedBy = "futian.clerk",
        };
    }
}
