using System.Text.Json;
using System.Text.Json.Serialization;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>A member frozen as the rules saw them in the month paid (short names: a million of these are stored).</summary>
internal sealed class MemberSnapshot
{
    [JsonPropertyName("a")] public int Age { get; set; }

    [JsonPropertyName("i")] public decimal Income { get; set; }

    [JsonPropertyName("it")] public List<CalculationIncomeItem>? Items { get; set; }

    [JsonPropertyName("d")] public int? Disability { get; set; }

    [JsonPropertyName("si")] public bool SeriousIllness { get; set; }

    [JsonPropertyName("st")] public bool Student { get; set; }

    [JsonPropertyName("h")] public bool Hukou { get; set; }

    [JsonPropertyName("adl")] public int? AdlNotAchieved { get; set; }
}

/// <summary>
/// The inputs of one payment line: with the run's frozen parameter set (<see cref="ParameterSet"/>)
/// they reproduce the amount exactly, whatever has changed in the household since.
/// </summary>
internal sealed class HouseholdSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    [JsonPropertyName("p")] public Programme Programme { get; set; }

    /// <summary>Index into the run's frozen parameter sets.</summary>
    [JsonPropertyName("ps")] public int ParameterSet { get; set; }

    [JsonPropertyName("m")] public List<MemberSnapshot> Members { get; set; } = [];

    /// <summary>Financial assets, residential units, non-residential units, vehicles, business registrations.</summary>
    [JsonPropertyName("as")] public decimal[] Assets { get; set; } = [0, 0, 0, 0, 0];

    /// <summary>Back-pay only: what earlier released runs paid for the month.</summary>
    [JsonPropertyName("pd")] public decimal Paid { get; set; }

    // source-generated: a city run serialises a million of these
    public string ToJson() => JsonSerializer.Serialize(this, SnapshotJson.Default.HouseholdSnapshot);

    public static HouseholdSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize(json, SnapshotJson.Default.HouseholdSnapshot) ?? throw new InvalidOperationException("empty household snapshot");

    /// <summary>
    /// The household on the first day of <paramref name="month"/>: members who left before it
    /// are not counted, ages are taken on that day, itemised income replaces the total.
    /// </summary>
    public static HouseholdSnapshot Of(Enrolment e, IEnumerable<EnrolmentMember> members, DateOnly month)
    {
        var s = new HouseholdSnapshot
        {
            Programme = e.Programme,
            Assets = [e.FinancialAssets, e.ResidentialUnits, e.NonResidentialUnits, e.Vehicles, e.BusinessRegistrations],
        };
        foreach (var m in members)
        {
            if (m.LeftFrom is { } left && left <= month)
            {
                continue;
            }
            s.Members.Add(new MemberSnapshot
            {
                Age = IdNumber.AgeOn(m.BirthDate, month), Income = m.MonthlyIncome,
                Items = string.IsNullOrEmpty(m.IncomeItemsJson) ? null : JsonSerializer.Deserialize<List<CalculationIncomeItem>>(m.IncomeItemsJson, Json),
                Disability = m.DisabilityGrade, SeriousIllness = m.SeriousIllness, Student = m.Student, Hukou = m.ShenzhenHukou,
                AdlNotAchieved = m.AdlNotAchieved,
            });
        }
        return s;
    }

    /// <summary>The one rules implementation, on the frozen inputs.</summary>
    public MeansTestResult Calculate(Policy policy)
    {
        var members = Members.Select(m => new Member(m.Age, m.Income,
            (m.Items ?? []).Select(i => ((i.Kind ?? "").Trim(), i.Amount)).ToList(), m.Disability, m.SeriousIllness, m.Student, m.Hukou, m.AdlNotAchieved)).ToList();
        var assets = new Assets(Assets[0], (int)Assets[1], (int)Assets[2], (int)Assets[3], (int)Assets[4]);
        return MeansTest.Calculate(Programme, members, assets, policy);
    }
}

/// <summary>One frozen set of parameter versions (per month and override set) recorded on the run.</summary>
internal sealed class ParameterSet
{
    public DateOnly Month { get; set; }

    /// <summary>The overriding divisions that chose these values (e.g. "4403" or "4403,440304").</summary>
    public string Signature { get; set; } = "";

    public List<FrozenParameter> Values { get; set; } = [];

    public Policy PolicyFor(Programme programme)
    {
        var map = Values.ToDictionary(v => v.Key, v => v.Value);
        return CalculateHandler.PolicyFrom(programme, k => map.GetValueOrDefault(k), k => $"冻结的参数中缺少 {k}");
    }

    public static List<ParameterSet> ListFromJson(string json) =>
        JsonSerializer.Deserialize<List<ParameterSet>>(json, JsonOptions) ?? [];

    public static string ListToJson(List<ParameterSet> sets) => JsonSerializer.Serialize(sets, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(HouseholdSnapshot))]
internal sealed partial class SnapshotJson : JsonSerializerContext;

internal sealed record FrozenParameter(string Key, string Value, DateOnly ValidFrom, string LegalBasis, string DivisionCode);
