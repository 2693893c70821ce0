using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Seeding;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>民生微实事: projects, proposals, votes, approval, procurement, implementation, acceptance, notices, budget caps and funding split.</summary>
internal static class MicroProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in MicroProjectParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<MicroProjectSupport>();
        services.AddScoped<MicroProjects>();
        services.AddScoped<MicroProjectSteps>();
        services.AddScoped<MicroProjectStats>();
        services.AddScoped<MicroProjectPublic>();
        services.AddScoped<ISeeder, MicroProjectSeeder>();
        services.AddScoped<ISeeder, MicroProjectDemoSeeder>();
        services.AddScoped<ISeeder, MicroProjectYearSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/community/microprojects").WithTags("Community 基层治理 · 民生微实事")
            .RequireAuthorization(p => p.RequireClaim(Permissions.ClaimType, Permissions.CommunityRead));

        g.MapGet("/", ([AsParameters] MicroProjectQuery q, MicroProjects s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Projects in my jurisdiction, 50 a page: filters year, district / street / community, type, theme, stage, overdue in stage; counts per stage and budget sums");
        g.MapGet("/{id:guid}", (Guid id, MicroProjects s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One project with its timeline, its public notices, the actions I may take and the community's yearly envelope");
        g.MapPost("/", async (MicroProjectRequest r, MicroProjects s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/community/microprojects/{v.Id}", v);
            })
            .WithSummary("项目征集 (community.write): a community in my jurisdiction, type, theme, proposer, budget within the type's cap (400 otherwise); "
                + "the city : district split is computed with the ratio in force and a public notice opens");
        g.MapGet("/envelope", (string community, int? year, MicroProjectSupport s, ICurrentUser user, TimeProvider clock, CancellationToken ct) =>
                community.Length == 12 && DivisionCodes.IsWithin(community, user.Jurisdiction ?? "#")
                    ? s.EnvelopeAsync(community, year ?? ChinaTime.Today(clock).Year, ct)
                    : throw new NotFoundException("社区不存在或不在您的辖区内"))
            .WithSummary("A community's yearly envelope: the parameter, what approved projects commit, what remains");
        g.MapPost("/{id:guid}/review", (Guid id, MicroReviewRequest r, MicroProjectSteps s, CancellationToken ct) => s.ReviewAsync(id, r, ct))
            .WithSummary("项目评议: meeting date, attendees, votes for / against / abstain; passes when the votes for exceed the parameterised share of valid votes, else 不予立项");
        g.MapPost("/{id:guid}/approve", (Guid id, MicroNoteRequest r, MicroProjectSteps s, CancellationToken ct) => s.ApproveAsync(id, r, ct))
            .WithSummary("项目确定 (community.approve, not by whoever recorded the project): budget cap and the community's yearly envelope checked (409), split recomputed");
        g.MapPost("/{id:guid}/reject", (Guid id, MicroNoteRequest r, MicroProjectSteps s, CancellationToken ct) => s.RejectAsync(id, r, ct))
            .WithSummary("不予立项 with a reason (community.approve)");
        g.MapPost("/{id:guid}/procure", (Guid id, MicroProcureRequest r, MicroProjectSteps s, CancellationToken ct) => s.ProcureAsync(id, r, ct))
            .WithSummary("采购: method, supplier organization (credit code checked when given), contract amount ≤ budget, date");
        g.MapPost("/{id:guid}/start", (Guid id, MicroStartRequest r, MicroProjectSteps s, CancellationToken ct) => s.StartAsync(id, r, ct))
            .WithSummary("实施: start date and planned end");
        g.MapPost("/{id:guid}/progress", (Guid id, MicroNoteRequest r, MicroProjectSteps s, CancellationToken ct) => s.ProgressAsync(id, r, ct))
            .WithSummary("A progress note during 实施 (timeline only)");
        g.MapPost("/{id:guid}/accept", (Guid id, MicroAcceptRequest r, MicroProjectSteps s, CancellationToken ct) => s.AcceptAsync(id, r, ct))
            .WithSummary("验收: 合格 with the acceptance amount (≤ contract) moves to 验收; 不合格 keeps the project in 实施 for rectification");
        g.MapPost("/{id:guid}/close", (Guid id, MicroNoteRequest r, MicroProjectSteps s, CancellationToken ct) => s.CloseAsync(id, r, ct))
            .WithSummary("结项 (community.approve)");
        g.MapPost("/{id:guid}/terminate", (Guid id, MicroNoteRequest r, MicroProjectSteps s, CancellationToken ct) => s.TerminateAsync(id, r, ct))
            .WithSummary("终止 with a reason (community.approve), from 项目确定, 采购 or 实施");
        g.MapGet("/stats", (int? year, MicroProjectStats s, CancellationToken ct) => s.GetAsync(year, ct))
            .WithSummary("Counts and budgets by district and type, by theme, by stage; completion rate (结项 / 已确定)");
        g.MapGet("/stats.xlsx", async (int? year, string? reason, MicroProjectStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, reason, ct);
                return TypedResults.File(bytes, MicroProjectStats.ExcelType, name);
            })
            .WithSummary("The statistics and the project list as Excel (no personal data); a reason is required and the export is audited");

        var pub = app.MapGroup("/api/v1/public/community").WithTags("Community 基层治理 · 民生微实事公示").AllowAnonymous();
        pub.MapGet("/microprojects", (string? district, string? street, string? community, int? year, int? page, MicroProjectPublic s, CancellationToken ct) =>
                s.ListAsync(district, street, community, year, page, ct))
            .WithSummary("Projects of a year by district / street / community with their latest notice; no personal data");
        pub.MapGet("/microprojects/{number}", (string number, MicroProjectPublic s, CancellationToken ct) => s.ProjectAsync(number, ct))
            .WithSummary("One project and every notice of its stages; proposers are shown by kind only");
    }
}
