using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Performance;

/// <summary>Staff performance assessment (indicators, periods, scores, review) and training programmes.</summary>
internal static class PerformanceFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Assessments>();
        services.AddScoped<TrainingRecords>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/governance/performance").WithTags("Governance 机关管理 · 绩效考核").RequireAuthorization(Permissions.GovernanceRead);
        g.MapGet("/indicators", (Assessments s, CancellationToken ct) => s.IndicatorsAsync(ct)).WithSummary("Assessment indicators with weights and scoring rules");
        g.MapPost("/indicators", (IndicatorRequest r, Assessments s, CancellationToken ct) => s.AddIndicatorAsync(r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Add an indicator (governance.manage)");
        g.MapGet("/periods", (Assessments s, CancellationToken ct) => s.PeriodsAsync(ct)).WithSummary("Assessment periods (year or quarter)");
        g.MapPost("/periods", (PeriodRequest r, Assessments s, CancellationToken ct) => s.AddPeriodAsync(r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Open a period: year and optional quarter (governance.manage)");
        g.MapGet("/periods/{id:guid}", (Guid id, Assessments s, CancellationToken ct) => s.PeriodAsync(id, ct))
            .WithSummary("A period's assessments in the user's jurisdiction, grade counts, the 优秀 allowance and the bands in force");
        g.MapPost("/periods/{id:guid}/assessments", (Guid id, EnrolRequest r, Assessments s, CancellationToken ct) => s.EnrolAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Enrol a staff account in the period (governance.manage)");
        g.MapPost("/assessments/{id:guid}/self", (Guid id, ScoreRequest r, Assessments s, CancellationToken ct) => s.SelfAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceWrite).WithSummary("Self-assessment: scores per indicator 0–100 (the assessed person only)");
        g.MapPost("/assessments/{id:guid}/review", (Guid id, ScoreRequest r, Assessments s, CancellationToken ct) => s.ReviewAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Review scores (governance.manage; never one's own: 409); the weighted review is the final score");
        g.MapPost("/periods/{id:guid}/finalize", (Guid id, Assessments s, CancellationToken ct) => s.FinalizeAsync(id, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Grade everyone by the bands and close the period; 409 while anyone is unreviewed or when the share of 优秀 exceeds the cap (parameters recorded)");

        var t = app.MapGroup("/api/v1/governance/training").WithTags("Governance 机关管理 · 干部培训").RequireAuthorization(Permissions.GovernanceRead);
        t.MapGet("/programmes", (int? year, TrainingRecords s, CancellationToken ct) => s.ProgrammesAsync(year, ct)).WithSummary("Programmes with sessions and attendees");
        t.MapPost("/programmes", (ProgrammeRequest r, TrainingRecords s, CancellationToken ct) => s.AddProgrammeAsync(r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Add a programme (governance.manage)");
        t.MapPost("/programmes/{id:guid}/sessions", (Guid id, SessionRequest r, TrainingRecords s, CancellationToken ct) => s.AddSessionAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Add a session with its hours (governance.manage)");
        t.MapPost("/sessions/{id:guid}/attendance", (Guid id, AttendanceRequest r, TrainingRecords s, CancellationToken ct) => s.AttendAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Record attendance by account names (governance.manage); unknown accounts → 400, nothing saved");
        t.MapGet("/hours", (int year, TrainingRecords s, CancellationToken ct) => s.HoursAsync(year, ct))
            .WithSummary("Hours per person in a year against the annual required-hours parameter");
        t.MapGet("/hours.xlsx", async (int year, TrainingRecords s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.HoursExcelAsync(year, ct);
                return TypedResults.File(bytes, Proposals.Proposals.ExcelType, name);
            })
            .WithSummary("The same as Excel (audited)");
    }
}
