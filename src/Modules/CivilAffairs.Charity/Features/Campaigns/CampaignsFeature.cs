using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Charity.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>慈善活动、捐赠、认捐、项目支出与信息公开.</summary>
internal static class CampaignsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in CampaignParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<CharityRecipients>();
        services.AddScoped<Campaigns>();
        services.AddScoped<Donations>();
        services.AddScoped<Pledges>();
        services.AddScoped<Projects>();
        services.AddScoped<PublicCharity>();
        services.AddScoped<CharityStats>();
        services.AddScoped<CampaignsDemoSeeder>();
        services.AddScoped<ISeeder, CampaignsSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/charity").WithTags("Charity 慈善 · 活动与捐赠").RequireAuthorization(CharityPolicies.ReadOrSelf);

        g.MapGet("/campaigns", (Campaigns s, CancellationToken ct) => s.ListAsync(false, ct))
            .WithSummary("Campaigns, newest first, with totals from valid donations (money, goods valuation, count, organizations)");
        g.MapGet("/campaigns/{id:guid}", (Guid id, Campaigns s, CancellationToken ct) => s.GetAsync(id, false, ct)).WithSummary("One campaign with its totals");
        g.MapPost("/campaigns", async (CampaignRequest r, Campaigns s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/campaigns/{v.Id}", v);
            })
            .WithSummary("Prepare a campaign (charity.write): name, kind, period, organizer (empty = the bureau, or a charitable organization's credit code), target");
        g.MapPost("/campaigns/{id:guid}/publish", (Guid id, Campaigns s, CancellationToken ct) => s.PublishAsync(id, ct))
            .WithSummary("筹备 → 进行中 (charity.manage); donations may be recorded from now on");
        g.MapPost("/campaigns/{id:guid}/close", (Guid id, Campaigns s, CancellationToken ct) => s.CloseAsync(id, ct))
            .WithSummary("进行中 → 已结束 (charity.manage)");

        g.MapGet("/donations", ([AsParameters] DonationQuery q, Donations s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Donations I may see (an organization: its own; staff: organizations in the jurisdiction), individual donors masked, 50 a page");
        g.MapGet("/donations/{id:guid}", (Guid id, Donations s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One donation");
        g.MapPost("/donations", async (DonationRequest r, Donations s, CancellationToken ct) =>
            {
                var v = await s.RecordAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/donations/{v.Id}", v);
            })
            .WithSummary("Record a donation received (charity.self for itself, or charity.write in the jurisdiction): the recipient must be active and charitable (409); "
                + "takes the recipient's next receipt number of the year; a donor company's credit code that fails GB 32100 is kept with a warning");
        g.MapPost("/donations/{id:guid}/void", (Guid id, VoidRequest r, Donations s, CancellationToken ct) => s.VoidAsync(id, r, ct))
            .WithSummary("Void with a reason (corrections by reversal): the row and its receipt number stay, totals leave it out");
        g.MapGet("/donations/{id:guid}/receipt.pdf", async (Guid id, Donations s, CancellationToken ct) =>
            {
                var (name, bytes) = await s.ReceiptAsync(id, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .WithSummary("The donation receipt (公益事业捐赠票据) as PDF");

        g.MapGet("/pledges", (Guid? campaign, PledgeStatus? status, string? area, Pledges s, CancellationToken ct) => s.ListAsync(campaign, status, area, ct))
            .WithSummary("Charity-fair pledges (bureau staff) with delivered totals and rates, overdue first; sums by campaign and beneficiary area");
        g.MapGet("/pledges/{id:guid}", (Guid id, Pledges s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One pledge with its deliveries");
        g.MapPost("/pledges", async (PledgeRequest r, Pledges s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/pledges/{v.Pledge.Id}", v);
            })
            .WithSummary("Record a pledge (charity.write); without a due date the default period (charity.campaigns.pledge_due_days) applies and is recorded");
        g.MapPost("/pledges/{id:guid}/deliveries", (Guid id, DeliveryRequest r, Pledges s, CancellationToken ct) => s.DeliverAsync(id, r, ct))
            .WithSummary("Record a delivery (到位); the status follows (未到位 / 部分到位 / 全部到位); more than the balance is refused (409)");

        g.MapGet("/projects", (string? org, Projects s, CancellationToken ct) => s.ListAsync(org, ct))
            .WithSummary("Charity projects with raised (定向 donations) and spent");
        g.MapGet("/projects/{id:guid}", (Guid id, Projects s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One project with its spending");
        g.MapPost("/projects", async (ProjectRequest r, Projects s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/projects/{v.Project.Id}", v);
            })
            .WithSummary("Create a project (the organization for itself, or charity.write in the jurisdiction)");
        g.MapPost("/projects/{id:guid}/spending", (Guid id, SpendingRequest r, Projects s, CancellationToken ct) => s.SpendAsync(id, r, ct))
            .WithSummary("Record spending of a project (date, amount, purpose, beneficiaries reached)");

        g.MapGet("/stats", (int? year, CharityStats s, CancellationToken ct) => s.GetAsync(year, ct))
            .RequireAuthorization(p => p.RequireClaim(Permissions.ClaimType, Permissions.CharityRead))
            .WithSummary("Raised by campaign, month and recipient, money vs goods, pledges delivered (charity.read, my jurisdiction)");
        g.MapGet("/stats.xlsx", async (int? year, string? reason, CharityStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, reason, ct);
                return TypedResults.File(bytes, CharityStats.ExcelType, name);
            })
            .RequireAuthorization(p => p.RequireClaim(Permissions.ClaimType, Permissions.CharityRead))
            .WithSummary("The statistics and donation lines as Excel (individual donors masked); a reason is required and the export is audited");

        var pub = app.MapGroup("/api/v1/public/charity").WithTags("Charity 慈善 · 信息公开").AllowAnonymous();
        pub.MapGet("/campaigns", async (PublicCharity s, CancellationToken ct) => await s.HomeAsync(ct))
            .WithSummary("Published campaigns with totals and the top recipient organizations; no personal data");
        pub.MapGet("/campaigns/{id:guid}", (Guid id, PublicCharity s, CancellationToken ct) => s.CampaignAsync(id, ct))
            .WithSummary("One campaign: totals, recipients, donations by donor kind; only organizations that agreed are named");
        pub.MapGet("/orgs/{creditCode}", (string creditCode, PublicCharity s, CancellationToken ct) => s.OrgAsync(creditCode, ct))
            .WithSummary("A charitable organization: donations by month and donor kind (individuals never named), projects and spending");
    }
}
