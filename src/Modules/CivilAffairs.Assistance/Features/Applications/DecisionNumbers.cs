using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Registry;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>
/// 文号 of decision notices: 福田民救〔2019〕00012号 — the district's short name, the year and a
/// sequence per district and year. The counter row is a concurrency token and the number has a
/// unique index, so two decisions at the same moment cannot share a number.
/// </summary>
internal sealed class DecisionNumbers(AssistanceDb db, IDivisionDirectory divisions)
{
    public async Task<string> NextAsync(string divisionCode, int year, CancellationToken ct)
    {
        var district = divisionCode.Length >= 6 ? divisionCode[..6] : divisionCode;
        var row = await db.DecisionSequences.FindAsync([district, year], ct);
        if (row is null)
        {
            row = new DecisionSequence { DivisionCode = district, Year = year };
            db.DecisionSequences.Add(row);
        }
        row.Last++;
        row.Version++;
        return Format(ShortName((await divisions.FindAsync(district, null, ct))?.Name, district), year, row.Last);
    }

    public static string Format(string districtShort, int year, int sequence) => $"{districtShort}民救〔{year}〕{sequence:D5}号";

    /// <summary>福田区 → 福田; 大鹏新区 → 大鹏; an unknown district keeps its code.</summary>
    public static string ShortName(string? name, string code)
    {
        if (string.IsNullOrEmpty(name))
        {
            return code;
        }
        foreach (var suffix in new[] { "新区", "区", "县", "市" })
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }
}
