using System.Text.Json;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>Turns an approved application into the enrolled household that payment runs read.</summary>
internal static class EnrolmentFactory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal sealed class StoredHousehold
    {
        public List<CalculationMember> Members { get; set; } = [];

        public CalculationAssets? Assets { get; set; }
    }

    /// <summary>The household as it was applied for (the trial calculation's input).</summary>
    public static StoredHousehold ReadHousehold(Application a) => JsonSerializer.Deserialize<StoredHousehold>(a.HouseholdJson, Json) ?? new StoredHousehold();

    public static Enrolment FromApplication(Application a, DateOnly nextReviewOn)
    {
        var household = ReadHousehold(a);
        var assets = household.Assets ?? new CalculationAssets();
        var enrolment = new Enrolment
        {
            ApplicationId = a.Id, Programme = a.Programme, HeadIdNumber = a.ApplicantIdNumber, HeadName = a.ApplicantName,
            DivisionCode = a.DivisionCode, Status = EnrolmentStatus.Active, EnrolFrom = a.EnrolFrom!.Value,
            ReviewCategory = ReviewCategoryOf(household.Members), NextReviewOn = nextReviewOn,
            FinancialAssets = assets.FinancialAssets, ResidentialUnits = assets.ResidentialUnits, NonResidentialUnits = assets.NonResidentialUnits,
            Vehicles = assets.Vehicles, BusinessRegistrations = assets.BusinessRegistrations, MonthlyBenefit = a.CalculatedBenefit,
        };
        for (var i = 0; i < household.Members.Count; i++)
        {
            var m = household.Members[i];
            var id = IdNumber.TryParse(m.IdNumber, a.DecidedOn ?? a.SubmittedOn, null, out var info, out _) ? info!.Normalized : null;
            var adl = m.Adl;
            enrolment.Members.Add(new EnrolmentMember
            {
                EnrolmentId = enrolment.Id, IdNumber = id, Name = i == 0 ? a.ApplicantName : null, Relation = m.Relation ?? (i == 0 ? "02" : "99"),
                BirthDate = info?.BirthDate ?? m.BirthDate ?? a.SubmittedOn, MonthlyIncome = m.MonthlyIncome ?? 0,
                IncomeItemsJson = m.IncomeItems is { Count: > 0 } ? JsonSerializer.Serialize(m.IncomeItems, Json) : null,
                DisabilityGrade = m.DisabilityGrade, SeriousIllness = m.SeriousIllness, Student = m.Student, ShenzhenHukou = m.ShenzhenHukou,
                AdlNotAchieved = adl is null ? null : new[] { adl.Eating, adl.Dressing, adl.Transferring, adl.Toileting, adl.Walking, adl.Bathing }.Count(x => !x),
            });
        }
        return enrolment;
    }

    /// <summary>
    /// 分类管理: a household with working-age earners is reviewed more often than one of the
    /// elderly or disabled; a clerk may change the category later.
    /// </summary>
    public static string ReviewCategoryOf(IReadOnlyList<CalculationMember> members) =>
        members.Any(m => (m.MonthlyIncome ?? 0) > 0 || m.IncomeItems is { Count: > 0 }) ? "working_age" : "stable";
}
