using System.Globalization;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Rescue.Features.FamilySearch;

internal sealed record ChannelCount(ReunionChannel Channel, int Count);

internal sealed record StatsRow(string Key, string Label, IReadOnlyDictionary<ReunionChannel, int> ByChannel)
{
    public int Total => ByChannel.Values.Sum();
}

internal sealed record ReunionStatsReport(int Year, int Total, IReadOnlyList<ChannelCount> Channels, IReadOnlyList<StatsRow> Months, IReadOnlyList<StatsRow> Districts);

/// <summary>返乡团聚统计 (the 2018 summary's 603): reunions of a year in the caller's jurisdiction by channel, month (of the reunion) and district (where found).</summary>
internal sealed class ReunionStats(RescueDb db, AuditEvents audit, TimeProvider clock)
{
    public async Task<ReunionStatsReport> BuildAsync(int? year, CancellationToken ct)
    {
        var y = year is >= 2000 and <= 2100 ? year.Value : ChinaTime.Today(clock).Year;
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        // a year is a few hundred rows: grouped in memory, the same on both providers
        var rows = (await db.Reunions.AsNoTracking().Where(r => r.ReunitedOn >= from && r.ReunitedOn <= to)
                .Select(r => new { r.ReunitedOn, r.DivisionCode, r.Channel }).ToListAsync(ct))
            .GroupBy(r => new { r.ReunitedOn.Month, District = r.DivisionCode.Length >= 6 ? r.DivisionCode[..6] : r.DivisionCode, r.Channel })
            .Select(g => new { g.Key.Month, g.Key.District, g.Key.Channel, N = g.Count() }).ToList();
        var channels = Enum.GetValues<ReunionChannel>();
        Dictionary<ReunionChannel, int> Count(Func<ReunionChannel, int> f) => channels.ToDictionary(c => c, f);
        var months = Enumerable.Range(1, 12).Select(m => new StatsRow($"{y}-{m:00}", $"{m}月",
            Count(c => rows.Where(r => r.Month == m && r.Channel == c).Sum(r => r.N)))).ToList();
        var districts = FamilySearchNames.Districts.Select(d => d.Code).Concat(rows.Select(r => r.District)).Distinct()
            .Select(code => new StatsRow(code, FamilySearchNames.District(code), Count(c => rows.Where(r => r.District == code && r.Channel == c).Sum(r => r.N))))
            .Where(r => r.Total > 0 || FamilySearchNames.Districts.Any(d => d.Code == r.Key)).ToList();
        return new ReunionStatsReport(y, rows.Sum(r => r.N), channels.Select(c => new ChannelCount(c, rows.Where(r => r.Channel == c).Sum(r => r.N))).ToList(),
            months, districts);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, CancellationToken ct)
    {
        var r = await BuildAsync(year, ct);
        var channels = Enum.GetValues<ReunionChannel>();
        List<Dictionary<string, object?>> Sheet(string first, IEnumerable<StatsRow> rows)
        {
            var list = rows.Select(x => Row(first, x.Label, x.ByChannel, x.Total)).ToList();
            list.Add(Row(first, "合计", channels.ToDictionary(c => c, c => rows.Sum(x => x.ByChannel[c])), rows.Sum(x => x.Total)));
            return list;
        }
        Dictionary<string, object?> Row(string first, string label, IReadOnlyDictionary<ReunionChannel, int> by, int total)
        {
            var d = new Dictionary<string, object?> { [first] = label };
            foreach (var c in channels) { d[FamilySearchNames.Channel(c)] = by[c]; }
            d["合计"] = total;
            return d;
        }
        var sheets = new Dictionary<string, object>
        {
            ["按渠道"] = r.Channels.Select(c => new Dictionary<string, object?> { ["渠道"] = FamilySearchNames.Channel(c.Channel), ["人数"] = c.Count })
                .Append(new Dictionary<string, object?> { ["渠道"] = "合计", ["人数"] = r.Total }).ToList(),
            ["按月份"] = Sheet("月份", r.Months),
            ["按区"] = Sheet("发现地", r.Districts),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ReunionStats", null, new { r.Year }, ct: ct);
        return (stream.ToArray(), string.Create(CultureInfo.InvariantCulture, $"reunion-stats-{r.Year}.xlsx"));
    }
}
