using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>年度报告与年检: organizations submit, the registry grades, the rules across years propose sanctions, the sweep lists non-reporters.</summary>
internal static class AnnualFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in AnnualParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<AnnualTerms>();
        services.AddScoped<AnnualViews>();
        services.AddScoped<AnnualReports>();
        services.AddScoped<AnnualReview>();
        services.AddScoped<AnnualSanctions>();
        services.AddScoped<AnnualStatistics>();
        services.AddScoped<AnnualDemoSeeder>();
        services.AddScoped<ISeeder, AnnualSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialorgs/annual").WithTags("SocialOrgs 社会组织 · 年报年检").RequireAuthorization(SocialOrgPolicies.ReadOrSelf);

        g.MapGet("/mine", (AnnualReports s, CancellationToken ct) => s.MineAsync(ct))
            .WithSummary("An organization's own account (socialorgs.self): the reporting year, its deadline (by type, a parameter), overdue or not, and its reports by year");
        g.MapGet("/reports", ([AsParameters] AnnualQueueQuery q, AnnualViews s, CancellationToken ct) => s.QueueAsync(q, ct))
            .WithSummary("Reports of a year (year, type, status, authority, result, q = name or credit code) with counts; staff see their jurisdiction, an organization its own");
        g.MapPost("/reports", async (AnnualReportForm f, AnnualReports s, CancellationToken ct) =>
            {
                var v = await s.SaveAsync(null, f, ct);
                return TypedResults.Created($"/api/v1/socialorgs/annual/reports/{v.Id}", v);
            })
            .WithSummary("Create (or save) the year's draft report (socialorgs.self, its own organization); year defaults to the previous calendar year");
        g.MapGet("/reports/{id:guid}", (Guid id, AnnualViews s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One report with the foundation spending checks (stored at grading with the parameter values used; previewed for staff before) and the suggested grade; another organization's report is 404");
        g.MapPut("/reports/{id:guid}", (Guid id, AnnualReportForm f, AnnualReports s, CancellationToken ct) => s.SaveAsync(id, f, ct))
            .WithSummary("Save a draft or a returned report (socialorgs.self); 409 once submitted");
        g.MapPost("/reports/{id:guid}/submit", (Guid id, AnnualReportForm? f, AnnualReports s, CancellationToken ct) => s.SubmitAsync(id, f, ct))
            .WithSummary("Submit or resubmit after a return (socialorgs.self): number NB-year-n at the first submission; after the deadline it is accepted and marked 逾期提交");
        g.MapPost("/reports/{id:guid}/return", (Guid id, AnnualReasonRequest r, AnnualReview s, CancellationToken ct) => s.ReturnAsync(id, r, ct))
            .WithSummary("Return for correction with a reason (socialorgs.write, the organization's registration authority; otherwise 403)");
        g.MapPost("/reports/{id:guid}/grade", (Guid id, AnnualGradeRequest r, AnnualReview s, CancellationToken ct) => s.GradeAsync(id, r, ct))
            .WithSummary("Grade Pass / BasicPass / Fail with the checklist items found and an opinion (socialorgs.write, own authority): foundation checks stored with the parameters; rectification ordered for BasicPass and Fail; the organization's last inspection updated; sanctions proposed by the rules across years");
        g.MapPost("/reports/{id:guid}/rectification/done", (Guid id, AnnualReasonRequest r, AnnualReports s, CancellationToken ct) => s.RectifiedAsync(id, r, ct))
            .WithSummary("The organization reports its rectification done, saying what it did (socialorgs.self)");
        g.MapPost("/reports/{id:guid}/rectification/close", (Guid id, AnnualReasonRequest r, AnnualReview s, CancellationToken ct) => s.CloseRectificationAsync(id, r, ct))
            .WithSummary("The registrar closes the rectification (socialorgs.write, own authority): the organization is no longer rectifying");
        g.MapGet("/breaches", () => AnnualBreaches.All).WithSummary("The inspection checklist: breach items, minor (→ 基本合格) or serious (→ 不合格)");

        g.MapGet("/overdue", (int? year, string? authority, AnnualViews s, CancellationToken ct) => s.OverdueAsync(year ?? DefaultYear(s), authority, ct))
            .WithSummary("Organizations in my jurisdiction that owe the year's report, past their deadline, with no submission (and their listing, if any)")
            .RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapPost("/sweep", (int? year, AnnualSanctions s, CancellationToken ct) => s.SweepAsync(year, ct))
            .WithSummary("Overdue sweep (socialorgs.write): each non-reporter of my authority goes onto the 活动异常名录 (occurred the day after its deadline) and gets its sanction proposal; idempotent")
            .RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapGet("/proposals", (string? status, AnnualSanctions s, CancellationToken ct) => s.ProposalsAsync(status, ct))
            .WithSummary("Sanction proposals of the rules across years (Pending / Confirmed / Dismissed)").RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapPost("/proposals/{id:guid}/confirm", (Guid id, AnnualReasonRequest? r, AnnualSanctions s, CancellationToken ct) => s.DecideAsync(id, true, r ?? new(), ct))
            .WithSummary("Confirm a proposal (socialorgs.approve, own authority, not the proposer): a warning is recorded; a revocation is handed to enforcement")
            .RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapPost("/proposals/{id:guid}/dismiss", (Guid id, AnnualReasonRequest r, AnnualSanctions s, CancellationToken ct) => s.DecideAsync(id, false, r, ct))
            .WithSummary("Dismiss a proposal with a reason (socialorgs.approve)").RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapGet("/stats", (int? year, AnnualStatistics s, CancellationToken ct) => s.GetAsync(year, ct))
            .WithSummary("By registration authority: due, submitted on time / late, not submitted, graded by result, awaiting review; foundations failing a spending ratio")
            .RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapGet("/stats.xlsx", async (int? year, AnnualStatistics s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, ct);
                return TypedResults.File(bytes, AnnualStatistics.ExcelType, name);
            })
            .WithSummary("The statistics as Excel (by authority, ratio failures, non-reporters); audited export").RequireAuthorization(Permissions.SocialOrgsRead);
    }

    private static int DefaultYear(AnnualViews s) => s.ReportingYear;
}
