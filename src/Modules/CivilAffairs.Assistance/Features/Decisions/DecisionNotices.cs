using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Assistance.Features.Enrolments;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Decisions;

/// <summary>
/// Builds the printed decision of a decided application. The amount is recomputed with the
/// rules in force in the first paid month, so the certificate states what will actually be paid.
/// </summary>
internal sealed class DecisionNotices(AssistanceDb db, CalculateHandler calculator, ParameterStore parameters, IDivisionDirectory divisions)
{
    public async Task<(string FileName, byte[] Content)> RenderAsync(Guid applicationId, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == applicationId, ct) ?? throw new NotFoundException();
        if (a.Status is not (ApplicationStatus.Approved or ApplicationStatus.Rejected) || a.DecidedOn is null || a.DecisionNumber is null)
        {
            throw new BusinessRuleException("该申请尚未作出审批决定，没有决定书");
        }
        var approved = a.Status == ApplicationStatus.Approved;
        var household = EnrolmentFactory.ReadHousehold(a);
        var benefit = 0m;
        IReadOnlyList<(string, decimal)> breakdown = [];
        if (approved)
        {
            var result = await calculator.HandleAsync(new CalculationRequest
            {
                Programme = a.Programme.ToString(), Date = a.EnrolFrom, DivisionCode = a.DivisionCode, Members = household.Members, Assets = household.Assets,
            }, ct);
            benefit = result.MonthlyBenefit;
            breakdown = result.Breakdown.Select(b => (b.Item, b.Amount)).ToList();
        }
        var district = await divisions.FindAsync(a.DivisionCode[..6], a.DecidedOn, ct);
        var appeal = (await parameters.FindAsync(AssistanceParameters.AppealText, a.DecidedOn.Value, a.DivisionCode, ct))?.Value ?? "";
        var notice = new DecisionNotice(a.DecisionNumber, approved, ProgrammeName(a.Programme), a.ApplicantName, Masking.IdNumber(a.ApplicantIdNumber),
            await divisions.FullNameAsync(a.DivisionCode, ct), household.Members.Count, benefit, a.EnrolFrom, a.DecisionReason,
            $"深圳市{district?.Name ?? ""}民政局", a.DecidedOn.Value, breakdown, appeal);
        return ($"{a.DecisionNumber}.pdf", DecisionNoticePdf.Render(notice));
    }

    public static string ProgrammeName(Programme p) => p switch
    {
        Programme.Mlg => "最低生活保障",
        Programme.LowIncome => "低收入家庭认定",
        _ => "特困人员救助供养",
    };
}
