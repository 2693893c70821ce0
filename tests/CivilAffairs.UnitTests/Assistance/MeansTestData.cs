using CivilAffairs.Assistance.Domain;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>
/// Builders for the pure means-test inputs. Defaults are the Shenzhen 2018 values (rules doc §1–2,
/// AssistanceSeeder): standard 1070, ratios 1.5 / 1.6, 24 months of assets, at most one home.
/// </summary>
internal static class MeansTestData
{
    public static readonly IReadOnlySet<string> DefaultExcludedKinds =
        new HashSet<string>(StringComparer.Ordinal) { "social_assistance", "one_child_award", "disability_subsidy" };

    public static readonly Assets NoAssets = new(FinancialAssets: 0m, ResidentialUnits: 0, NonResidentialUnits: 0, Vehicles: 0, BusinessRegistrations: 0);

    public static Policy APolicy(decimal standard = 1070m, decimal lowIncomeRatio = 1.5m, decimal? extremePovertyRatio = 1.6m) =>
        new(
            Standard: standard,
            LowIncomeRatio: lowIncomeRatio,
            ExtremePovertyRatio: extremePovertyRatio,
            FinancialAssetMonths: 24,
            MaxResidentialUnits: 1,
            MaxNonResidentialUnits: 0,
            MaxVehicles: 0,
            MaxBusinessRegistrations: 0,
            ExcludedIncomeKinds: DefaultExcludedKinds,
            AddOnElderlyPct: 20m,
            AddOnMinorPct: 20m,
            AddOnSevereDisabilityPct: 30m,
            AddOnSeriousIllnessPct: 30m,
            AddOnStudentPct: 20m,
            ElderlyAge: 60,
            CarePartial: 440m,
            CareFull: 1100m);

    /// <summary>A Shenzhen-hukou member with a plain monthly income and no itemised income.</summary>
    public static Member AMember(int age = 40, decimal income = 0m, int? disabilityGrade = null, bool seriousIllness = false,
        bool student = false, bool shenzhenHukou = true, int? adlNotAchieved = null) =>
        new(age, income, [], disabilityGrade, seriousIllness, student, shenzhenHukou, adlNotAchieved);

    public static Member WithItems(this Member member, params (string Kind, decimal Amount)[] items) =>
        member with { IncomeItems = items };

    /// <summary>Working-age adults (30, 40, 50) sharing <paramref name="totalIncome"/> on the first member.</summary>
    public static Member[] AdultFamily(int size, decimal totalIncome = 0m)
    {
        var members = new Member[size];
        for (var i = 0; i < size; i++)
        {
            members[i] = AMember(age: 30 + (10 * (i % 3)), income: i == 0 ? totalIncome : 0m);
        }
        return members;
    }

    public static MeansTestResult Mlg(Policy policy, params Member[] members) =>
        MeansTest.Calculate(Programme.Mlg, members, NoAssets, policy);

    public static MeansTestResult Mlg(params Member[] members) => Mlg(APolicy(), members);

    public static MeansTestResult Calculate(Programme programme, Assets assets, params Member[] members) =>
        MeansTest.Calculate(programme, members, assets, APolicy());

    public static bool IsWholeFen(decimal amount) => Math.Round(amount, 2) == amount;
}
