using System.Globalization;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Calculation;

/// <summary>Trial calculation (试算): validates the household, loads the parameters in force and runs the rules.</summary>
internal sealed class CalculateHandler(ParameterStore parameters, IDivisionDirectory divisions)
{
    public const int MaxMembers = 20;

    public async Task<CalculationResponse> HandleAsync(CalculationRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!Enum.TryParse<Programme>(r.Programme ?? "", ignoreCase: true, out var programme) || !Enum.IsDefined(programme))
        {
            errors.Add("programme", "请选择救助类别（Mlg 低保、LowIncome 低收入、ExtremePoverty 特困）");
        }
        if (r.Date is null)
        {
            errors.Add("date", "请填写计算日期");
        }
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || !division.StartsWith("4403", StringComparison.Ordinal) || await divisions.FindAsync(division, r.Date, ct) is null)
        {
            errors.Add("divisionCode", "请填写深圳市内的区划代码（区、街道或社区）");
        }
        if (r.Members.Count == 0 || r.Members.Count > MaxMembers)
        {
            errors.Add("members", $"家庭成员须为1至{MaxMembers}人");
        }
        var members = new List<Member>();
        for (var i = 0; i < r.Members.Count && i < MaxMembers; i++)
        {
            var m = ToMember(r.Members[i], i, r.Date ?? DateOnly.MinValue, errors);
            if (m is not null)
            {
                members.Add(m);
            }
        }
        var assets = r.Assets ?? new CalculationAssets();
        if (assets.FinancialAssets < 0 || assets.ResidentialUnits < 0 || assets.NonResidentialUnits < 0 || assets.Vehicles < 0 || assets.BusinessRegistrations < 0)
        {
            errors.Add("assets", "财产数值不能为负数");
        }
        errors.ThrowIfAny();
        var (policy, used) = await LoadPolicyAsync(programme, r.Date!.Value, division!, ct);
        var result = MeansTest.Calculate(programme, members,
            new Assets(assets.FinancialAssets, assets.ResidentialUnits, assets.NonResidentialUnits, assets.Vehicles, assets.BusinessRegistrations), policy);
        return new CalculationResponse(programme.ToString(), r.Date.Value, result.Standard, result.Threshold, result.HouseholdSize, result.CountedIncome,
            result.PerCapitaIncome, result.Eligible, result.Reasons, result.MonthlyBenefit,
            result.Breakdown.Select(b => new CalculationLine(b.Item, b.Amount)).ToList(), used);
    }

    private static Member? ToMember(CalculationMember m, int i, DateOnly date, FieldErrors errors)
    {
        var key = $"members[{i}]";
        DateOnly? birth = m.BirthDate;
        if (!string.IsNullOrWhiteSpace(m.IdNumber))
        {
            if (IdNumber.TryParse(m.IdNumber, date, null, out var info, out var error))
            {
                birth = info!.BirthDate;
            }
            else
            {
                errors.Add($"{key}.idNumber", $"第{i + 1}名成员：{error}");
                return null;
            }
        }
        if (birth is null || birth > date)
        {
            errors.Add($"{key}.birthDate", $"第{i + 1}名成员：请填写身份证号码或有效的出生日期");
            return null;
        }
        if (m.MonthlyIncome < 0 || m.IncomeItems?.Any(x => x.Amount < 0 || string.IsNullOrWhiteSpace(x.Kind)) == true)
        {
            errors.Add($"{key}.monthlyIncome", $"第{i + 1}名成员：收入不能为负数，收入项须注明类型");
            return null;
        }
        if (m.DisabilityGrade is < 1 or > 4)
        {
            errors.Add($"{key}.disabilityGrade", $"第{i + 1}名成员：残疾等级须为1至4级");
            return null;
        }
        var adl = m.Adl;
        int? notAchieved = adl is null ? null
            : new[] { adl.Eating, adl.Dressing, adl.Transferring, adl.Toileting, adl.Walking, adl.Bathing }.Count(x => !x);
        return new Member(IdNumber.AgeOn(birth.Value, date), m.MonthlyIncome ?? 0,
            (m.IncomeItems ?? []).Select(x => (x.Kind!.Trim(), x.Amount)).ToList(), m.DisabilityGrade, m.SeriousIllness, m.Student, m.ShenzhenHukou, notAchieved);
    }

    /// <summary>The rules' parameters in force on a date and place; the cross-check evaluates with the same values.</summary>
    internal async Task<(Policy, List<CalculationParameter>)> LoadPolicyAsync(Programme programme, DateOnly date, string division, CancellationToken ct)
    {
        var used = new List<CalculationParameter>();
        var all = await parameters.FindManyAsync(AssistanceParameters.Definitions().Select(d => d.Key).ToList(), date, division, ct);
        var policy = PolicyFrom(programme, key =>
        {
            var p = all.GetValueOrDefault(key);
            if (p is null)
            {
                return null;
            }
            used.Add(new CalculationParameter(parameters.Definition(key)?.DisplayName ?? key, key, p.Value, p.ValidFrom, p.LegalBasis));
            return p.Value;
        }, key => $"{parameters.Definition(key)?.DisplayName ?? key} 在 {date:yyyy-MM-dd} 没有生效的取值，无法计算");
        return (policy, used);
    }

    /// <summary>
    /// The rules' view of the parameter values in force: shared by the trial calculation and
    /// payment runs, which replay a frozen set of values through it.
    /// </summary>
    internal static Policy PolicyFrom(Programme programme, Func<string, string?> value, Func<string, string> missing)
    {
        string Get(string key, bool required = true) =>
            value(key) ?? (required ? throw new BusinessRuleException(missing(key)) : "");
        decimal Dec(string key) => decimal.Parse(Get(key), CultureInfo.InvariantCulture);
        int Int(string key) => int.Parse(Get(key), CultureInfo.InvariantCulture);
        var mlg = programme == Programme.Mlg;
        var extreme = programme == Programme.ExtremePoverty;
        return new Policy(Dec(AssistanceParameters.MlgStandard),
            programme == Programme.LowIncome ? Dec(AssistanceParameters.LowIncomeRatio) : 1.5m,
            extreme ? Dec(AssistanceParameters.ExtremePovertyRatio) : null,
            Int(AssistanceParameters.FinancialAssetMonths), Int(AssistanceParameters.MaxResidentialUnits),
            Int(AssistanceParameters.MaxNonResidentialUnits), Int(AssistanceParameters.MaxVehicles),
            Int(AssistanceParameters.MaxBusinessRegistrations),
            Get(AssistanceParameters.ExcludedIncomeKinds).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            mlg ? Dec(AssistanceParameters.AddOnElderly) : 0, mlg ? Dec(AssistanceParameters.AddOnMinor) : 0,
            mlg ? Dec(AssistanceParameters.AddOnSevereDisability) : 0, mlg ? Dec(AssistanceParameters.AddOnSeriousIllness) : 0,
            mlg ? Dec(AssistanceParameters.AddOnStudent) : 0, Int(AssistanceParameters.ElderlyAge),
            extreme ? Dec(AssistanceParameters.CarePartial) : 0, extreme ? Dec(AssistanceParameters.CareFull) : 0);
    }
}
