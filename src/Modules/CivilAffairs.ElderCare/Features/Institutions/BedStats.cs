using System.Globalization;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>One row of the bed statistics: a district (or the whole jurisdiction when DistrictCode is null).</summary>
internal sealed record BedStatsRow(string? DistrictCode, int Institutions, int SelfCare, int Nursing, int MemoryCare, int Beds, int Occupied,
    decimal OccupancyRate, int NewBeds, decimal NursingShare, int DayCareCentres, int DayCareWithClinic, decimal DayCareClinicShare, int Homes,
    int HomesWithClinic, decimal HomesClinicShare, decimal SubsidyPaid);

/// <summary>The statistics for a year with the targets in force.</summary>
/// <param name="AsOf">The day beds and occupancy are counted on (today, or 31 December of a past year).</param>
internal sealed record BedStatsView(int Year, DateOnly AsOf, BedStatsRow Total, IReadOnlyList<BedStatsRow> Districts, int? NewBedsTarget,
    decimal? NursingShareTarget, decimal? DayCareClinicTarget);

/// <summary>
/// 床位统计: beds by type, occupied, occupancy, new beds in the year against the city's target, the
/// nursing-type share (护理型 + 失智照护 beds, both need nursing staff) and the day-care centres and
/// homes with an active clinic contract. Institutions that are closed are left out.
/// </summary>
internal sealed class BedStats(ElderCareDb db, ParameterStore parameters, AuditEvents audit, TimeProvider clock)
{
    public async Task<BedStatsView> GetAsync(int? year, string? divisionPrefix, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var asOf = y < today.Year ? new DateOnly(y, 12, 31) : today;
        return await ComputeAsync(new DateOnly(y, 1, 1), asOf, divisionPrefix, ct);
    }

    public async Task<BedStatsView> ComputeAsync(DateOnly from, DateOnly asOf, string? divisionPrefix, CancellationToken ct)
    {
        var prefix = DivisionCodes.Normalize(divisionPrefix) ?? "";
        var homes = await db.Institutions.AsNoTracking()
            .Where(i => i.Status != InstitutionStatus.Closed && i.DivisionCode.StartsWith(prefix)
                && (i.Kind == InstitutionKind.NursingHome || i.Kind == InstitutionKind.CareHome || i.Kind == InstitutionKind.DayCareCenter))
            .Select(i => new { i.Code, i.Kind, i.DivisionCode }).ToListAsync(ct);
        var codes = homes.Select(h => h.Code).ToList();
        var changes = await db.BedChanges.AsNoTracking().Where(b => codes.Contains(b.InstitutionCode) && b.ChangedOn <= asOf)
            .Select(b => new { b.InstitutionCode, b.BedType, b.Delta, b.ChangedOn }).ToListAsync(ct);
        var stays = await db.Admissions.AsNoTracking()
            .Where(a => codes.Contains(a.InstitutionCode) && a.AdmittedOn <= asOf && (a.DischargedOn == null || a.DischargedOn > asOf))
            .Select(a => a.InstitutionCode).ToListAsync(ct);
        var clinics = await db.ClinicContracts.AsNoTracking().Where(c => codes.Contains(c.InstitutionCode) && c.From <= asOf && c.To >= asOf)
            .Select(c => c.InstitutionCode).Distinct().ToListAsync(ct);
        // China days as UTC instants (Beijing is UTC+8 all year)
        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var toUtc = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var paid = await db.InstitutionSubsidies.AsNoTracking()
            .Where(s => s.Status == SubsidyStatus.Approved && s.DecidedAtUtc >= fromUtc && s.DecidedAtUtc < toUtc && s.DivisionCode.StartsWith(prefix))
            .Select(s => new { s.DivisionCode, s.Amount }).ToListAsync(ct);

        BedStatsRow Row(string? district)
        {
            var hs = homes.Where(h => district is null || h.DivisionCode.StartsWith(district, StringComparison.Ordinal)).ToList();
            var hc = hs.Select(h => h.Code).ToHashSet();
            var ch = changes.Where(c => hc.Contains(c.InstitutionCode)).ToList();
            int Beds(BedType t) => ch.Where(c => c.BedType == t).Sum(c => c.Delta);
            var self = Beds(BedType.SelfCare);
            var nursing = Beds(BedType.Nursing);
            var memory = Beds(BedType.MemoryCare);
            var beds = self + nursing + memory;
            var occupied = stays.Count(hc.Contains);
            var dayCare = hs.Where(h => h.Kind == InstitutionKind.DayCareCenter).ToList();
            var res = hs.Where(h => h.Kind != InstitutionKind.DayCareCenter).ToList();
            var dayWith = dayCare.Count(h => clinics.Contains(h.Code));
            var resWith = res.Count(h => clinics.Contains(h.Code));
            return new BedStatsRow(district, hs.Count, self, nursing, memory, beds, occupied, Pct(occupied, beds),
                ch.Where(c => c.Delta > 0 && c.ChangedOn >= from).Sum(c => c.Delta), Pct(nursing + memory, beds), dayCare.Count, dayWith,
                Pct(dayWith, dayCare.Count), res.Count, resWith, Pct(resWith, res.Count),
                paid.Where(p => district is null || p.DivisionCode.StartsWith(district, StringComparison.Ordinal)).Sum(p => p.Amount));
        }

        var districts = homes.Select(h => h.DivisionCode[..6]).Distinct().Order(StringComparer.Ordinal).Select(Row).ToList();
        var targets = await parameters.FindManyAsync(
            [InstitutionParameters.NewBedsPerYear, InstitutionParameters.NursingShare, InstitutionParameters.DayCareClinicShare], asOf, "4403", ct);
        decimal? T(string k) => targets.TryGetValue(k, out var p) ? decimal.Parse(p.Value, CultureInfo.InvariantCulture) : null;
        return new BedStatsView(asOf.Year, asOf, Row(null), districts, (int?)T(InstitutionParameters.NewBedsPerYear), T(InstitutionParameters.NursingShare),
            T(InstitutionParameters.DayCareClinicShare));
    }

    /// <summary>The statistics as Excel (totals and districts; no personal data); the export is audited.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, CancellationToken ct)
    {
        var v = await GetAsync(year, null, ct);
        var rows = v.Districts.Append(v.Total).Select(r => new Dictionary<string, object?>
        {
            ["区"] = r.DistrictCode ?? "合计", ["机构数"] = r.Institutions, ["自理床位"] = r.SelfCare, ["护理型床位"] = r.Nursing, ["失智照护床位"] = r.MemoryCare,
            ["床位合计"] = r.Beds, ["在住人数"] = r.Occupied, ["入住率（%）"] = r.OccupancyRate, ["本年新增床位"] = r.NewBeds, ["护理型床位占比（%）"] = r.NursingShare,
            ["日间照料中心"] = r.DayCareCentres, ["已签约医疗机构"] = r.DayCareWithClinic, ["签约率（%）"] = r.DayCareClinicShare,
            ["养老机构医养结合率（%）"] = r.HomesClinicShare, ["民办机构资助已批准（元）"] = r.SubsidyPaid,
        }).ToList();
        var targets = new List<Dictionary<string, object?>>
        {
            new() { ["指标"] = "全市年度新增养老床位（张）", ["目标"] = v.NewBedsTarget, ["实际"] = v.Total.NewBeds },
            new() { ["指标"] = "护理型床位占比（%）", ["目标"] = v.NursingShareTarget, ["实际"] = v.Total.NursingShare },
            new() { ["指标"] = "日间照料中心签约率（%）", ["目标"] = v.DayCareClinicTarget, ["实际"] = v.Total.DayCareClinicShare },
        };
        var sheets = new Dictionary<string, object> { ["床位统计"] = rows, ["目标完成"] = targets };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ElderCareBedStats", null, new { year = v.Year, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"eldercare-beds-{v.Year}.xlsx");
    }

    private static decimal Pct(int part, int whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
