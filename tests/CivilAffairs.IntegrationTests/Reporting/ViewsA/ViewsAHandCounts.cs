using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Cases;
using CivilAffairs.Assistance.Features.Temporary;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Registry.Data;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using ElderInstitution = CivilAffairs.ElderCare.Domain.Institution;
using Microsoft.EntityFrameworkCore;
using static CivilAffairs.IntegrationTests.Reporting.ViewsA.ViewsAKit;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsA;

/// <summary>
/// Each metric's 2018 city figure counted by hand from the module's own tables (its DbContext,
/// query filters off), independently of the reporting views: flows are events dated in 2018,
/// stocks what stands on 2018-12-31.
/// </summary>
internal static class ViewsAHandCounts
{
    private static readonly DateOnly Dec31 = new(2018, 12, 31);

    public static async Task<Dictionary<string, decimal?>> AssistanceAsync(AppFixture app)
    {
        var standard = await DbAsync<PlatformDb, decimal?>(app, async db =>
        {
            var rows = await db.Parameters.AsNoTracking().Where(p => p.Key == "assistance.mlg.standard" && p.ValidFrom <= Dec31 && (p.ValidTo == null || p.ValidTo >= Dec31)).ToListAsync();
            return rows.Count == 0 ? null : rows.Max(p => decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture));
        });
        return await DbAsync<AssistanceDb, Dictionary<string, decimal?>>(app, async db =>
        {
            var enrolments = await db.Enrolments.IgnoreQueryFilters().AsNoTracking()
                .Select(e => new { e.Programme, e.EnrolFrom, e.StoppedFrom }).ToListAsync();
            bool Enrolled(DateOnly from, DateOnly? until) => from < Jan2019 && (until is null || until >= Jan2019);
            var members = await (from m in db.EnrolmentMembers.AsNoTracking()
                                 join e in db.Enrolments.IgnoreQueryFilters() on m.EnrolmentId equals e.Id
                                 select new { e.Programme, From = m.JoinedFrom ?? e.EnrolFrom, m.LeftFrom, e.StoppedFrom }).ToListAsync();
            int Persons(Programme p) => members.Count(m => m.Programme == p && m.From < Jan2019
                && (m.LeftFrom is null || m.LeftFrom >= Jan2019) && (m.StoppedFrom is null || m.StoppedFrom >= Jan2019));
            var paid = await (from l in db.PaymentLines.IgnoreQueryFilters()
                              join r in db.PaymentRuns.IgnoreQueryFilters() on l.RunId equals r.Id
                              where r.Status == PaymentRunStatus.Released && (l.Status == PaymentLineStatus.Pending || l.Status == PaymentLineStatus.Paid)
                              select new { l.Month, l.Amount }).ToListAsync();
            var temporary = await db.TemporaryCases.IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.Status == TemporaryStatus.Approved).Select(t => new { t.DecidedOn, t.ApprovedAmount }).ToListAsync();
            var plans = await db.SupportPlans.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Status == SupportPlanStatus.Achieved).Select(p => new { p.EnrolmentId, p.EndedOn }).ToListAsync();
            var achieved = plans.Where(p => In2018(p.EndedOn)).ToList();
            var planMembers = await db.EnrolmentMembers.AsNoTracking().Select(m => new { m.EnrolmentId, m.LeftFrom }).ToListAsync();
            return new Dictionary<string, decimal?>
            {
                ["assistance.dibao.standard"] = standard,
                ["assistance.dibao.households"] = enrolments.Count(e => e.Programme == Programme.Mlg && Enrolled(e.EnrolFrom, e.StoppedFrom)),
                ["assistance.lowincome.households"] = enrolments.Count(e => e.Programme == Programme.LowIncome && Enrolled(e.EnrolFrom, e.StoppedFrom)),
                ["assistance.dibao.persons"] = Persons(Programme.Mlg),
                ["assistance.tekun.persons"] = Persons(Programme.ExtremePoverty),
                ["assistance.payments.amount"] = paid.Where(l => In2018(l.Month)).Sum(l => l.Amount),
                ["assistance.temporary.cases"] = temporary.Count(t => In2018(t.DecidedOn)),
                ["assistance.temporary.amount"] = temporary.Where(t => In2018(t.DecidedOn)).Sum(t => t.ApprovedAmount ?? 0),
                ["assistance.plans.reached.households"] = achieved.Count,
                ["assistance.plans.reached.persons"] = achieved.Sum(p => planMembers.Count(m => m.EnrolmentId == p.EnrolmentId && (m.LeftFrom is null || m.LeftFrom > p.EndedOn))),
            };
        });
    }

    public static Task<Dictionary<string, decimal?>> RescueAsync(AppFixture app) => DbAsync<RescueDb, Dictionary<string, decimal?>>(app, async db =>
    {
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new { c.AdmittedAtUtc, Left = c.LeftAtUtc ?? c.ClosedAtUtc, c.Category }).ToListAsync();
        var reunions = await db.Reunions.IgnoreQueryFilters().AsNoTracking().Select(r => r.ReunitedOn).ToListAsync();
        var end = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new Dictionary<string, decimal?>
        {
            ["rescue.intakes"] = cases.Count(c => In2018(c.AdmittedAtUtc)),
            ["rescue.intakes.minors"] = cases.Count(c => In2018(c.AdmittedAtUtc) && c.Category == CareCategory.Minor),
            ["rescue.incare"] = cases.Count(c => c.AdmittedAtUtc < end && (c.Left is null || c.Left >= end)),
            ["rescue.reunions"] = reunions.Count(d => In2018(d)),
        };
    });

    public static Task<Dictionary<string, decimal?>> DisasterAsync(AppFixture app) => DbAsync<DisasterDb, Dictionary<string, decimal?>>(app, async db =>
    {
        var events = await db.Events.AsNoTracking().Select(e => new { e.Id, e.StartDate }).ToListAsync();
        var households = await db.Households.IgnoreQueryFilters().AsNoTracking().Select(h => new { h.EventId, h.Damage }).ToListAsync();
        var occupants = await db.ShelterOccupants.IgnoreQueryFilters().AsNoTracking().Select(o => o.CheckedInAtUtc).ToListAsync();
        var of2018 = events.Where(e => In2018(e.StartDate)).Select(e => e.Id).ToHashSet();
        return new Dictionary<string, decimal?>
        {
            ["disaster.events"] = of2018.Count,
            ["disaster.relocated"] = occupants.Count(d => In2018(d)),
            ["disaster.households"] = households.Count(h => of2018.Contains(h.EventId)),
            ["disaster.households.severe"] = households.Count(h => of2018.Contains(h.EventId) && h.Damage is HouseDamage.Severe or HouseDamage.Collapsed),
        };
    });

    public static Task<Dictionary<string, decimal?>> ChildWelfareAsync(AppFixture app) => DbAsync<ChildWelfareDb, Dictionary<string, decimal?>>(app, async db =>
    {
        var children = await db.Children.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.ApprovedOn, c.LeftOn, c.Category }).ToListAsync();
        var inCare = children.Where(c => c.ApprovedOn < Jan2019 && (c.LeftOn is null || c.LeftOn >= Jan2019)).ToList();
        var tomorrow = await db.TomorrowCases.IgnoreQueryFilters().AsNoTracking().Select(t => new { t.SurgeryOn, t.LotteryFund }).ToListAsync();
        return new Dictionary<string, decimal?>
        {
            ["childwelfare.children"] = inCare.Count,
            ["childwelfare.orphans"] = inCare.Count(c => c.Category is ChildCategory.InstitutionalOrphan or ChildCategory.DispersedOrphan),
            ["childwelfare.surgeries"] = tomorrow.Count(t => In2018(t.SurgeryOn)),
            ["childwelfare.surgeries.fund"] = tomorrow.Where(t => In2018(t.SurgeryOn)).Sum(t => t.LotteryFund ?? 0),
        };
    });

    public static Task<Dictionary<string, decimal?>> RegistryAsync(AppFixture app) => DbAsync<RegistryDb, Dictionary<string, decimal?>>(app, async db =>
    {
        var lines = await db.BoundaryLines.IgnoreQueryFilters().AsNoTracking().Select(l => new { l.Id, l.AgreementDate, l.LengthKm, l.SideACode, l.SideBCode }).ToListAsync();
        var inspections = await db.JointInspections.IgnoreQueryFilters().AsNoTracking().Select(i => new { i.LineId, i.EndDate }).ToListAsync();
        var done = inspections.Where(i => In2018(i.EndDate)).ToList();
        return new Dictionary<string, decimal?>
        {
            ["registry.boundary.inspections"] = done.Count,
            ["registry.boundary.inspected.km"] = done.Sum(i => lines.Single(l => l.Id == i.LineId).LengthKm),
            // the city counts its own lines: 深汕 (441521) is outside the 4403 jurisdiction
            ["registry.boundary.lines"] = lines.Count(l => l.AgreementDate < Jan2019 && (l.SideACode.StartsWith("4403", StringComparison.Ordinal) || l.SideBCode.StartsWith("4403", StringComparison.Ordinal))),
        };
    });

    public static Task<Dictionary<string, decimal?>> ElderCareAsync(AppFixture app) => DbAsync<ElderCareDb, Dictionary<string, decimal?>>(app, async db =>
    {
        var institutions = await db.Institutions.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var closures = await db.InstitutionStatusChanges.IgnoreQueryFilters().AsNoTracking().Where(c => c.To == InstitutionStatus.Closed).ToListAsync();
        bool Standing(ElderInstitution i)
        {
            if (i.Status == InstitutionStatus.Preparing || (i.OpenedOn ?? DateOnly.FromDateTime(i.CreatedAtUtc)) >= Jan2019)
            {
                return false;
            }
            var closed = i.Status != InstitutionStatus.Closed ? (DateOnly?)null
                : closures.Where(c => c.InstitutionCode == i.Code).Select(c => (DateOnly?)DateOnly.FromDateTime(c.AtUtc)).Max() ?? DateOnly.FromDateTime(i.UpdatedAtUtc);
            return closed is null || closed >= Jan2019;
        }
        int Count(params InstitutionKind[] kinds) => institutions.Count(i => kinds.Contains(i.Kind) && Standing(i));
        var beds = await db.BedChanges.IgnoreQueryFilters().AsNoTracking().Select(b => new { b.ChangedOn, b.Delta }).ToListAsync();
        var dayCare = institutions.Where(i => i.Kind == InstitutionKind.DayCareCenter).Select(i => i.Code).ToHashSet();
        var contracts = await db.ClinicContracts.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var signed = contracts.Where(k => dayCare.Contains(k.InstitutionCode) && k.From < Jan2019 && k.To >= Dec31).Select(k => k.InstitutionCode).Distinct().Count();
        var centres = Count(InstitutionKind.DayCareCenter);
        var roster = await db.InsuranceRoster.IgnoreQueryFilters().AsNoTracking().Select(r => new { r.CoveredFrom, r.CoveredUntil }).ToListAsync();
        var adaptations = await db.AdaptationCases.IgnoreQueryFilters().AsNoTracking().Select(a => new { a.Status, a.ClosedOn }).ToListAsync();
        var meals = await db.MealRecords.IgnoreQueryFilters().AsNoTracking().Where(m => m.MealDate >= new DateOnly(2018, 1, 1) && m.MealDate < Jan2019)
            .Select(m => m.Subsidy).ToListAsync();
        return new Dictionary<string, decimal?>
        {
            ["eldercare.meal.providers"] = Count(InstitutionKind.MealProvider),
            ["eldercare.institutions.residential"] = Count(InstitutionKind.NursingHome, InstitutionKind.CareHome),
            ["eldercare.beds.total"] = beds.Where(b => b.ChangedOn < Jan2019).Sum(b => b.Delta),
            ["eldercare.beds.new"] = beds.Where(b => In2018(b.ChangedOn) && b.Delta > 0).Sum(b => b.Delta),
            ["eldercare.daycare.centres"] = centres,
            ["eldercare.daycare.signed"] = signed,
            ["eldercare.daycare.signed.rate"] = centres == 0 ? null : Math.Round((decimal)signed / centres * 100m, 1),
            ["eldercare.insurance.insured"] = roster.Count(r => r.CoveredFrom < Jan2019 && (r.CoveredUntil is null || r.CoveredUntil >= Dec31)),
            ["eldercare.adaptations.completed"] = adaptations.Count(a => a.Status == AdaptationStatus.Closed && In2018(a.ClosedOn)),
            ["eldercare.meals.served"] = meals.Count(s => s > 0),
            ["eldercare.meals.subsidy"] = meals.Sum(),
        };
    });
}
