using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Seeding;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>Funeral homes, deaths and cremations (publishing PersonDied), free basic services, monthly claims.</summary>
internal static class DeathsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in FuneralParameters.DeathsDefinitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Catalogue>();
        services.AddScoped<Homes>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseRecording>();
        services.AddScoped<CaseWork>();
        services.AddScoped<Claims>();
        services.AddScoped<ClaimsExcel>();
        services.AddSingleton<DeathNotices>();
        services.AddHostedService<DeathNoticeRetry>();
        services.AddScoped<ISeeder, DeathsSeeder>();
        services.AddScoped<DeathsDemoSeeder>();
        services.AddScoped<ISeeder, FuneralYearSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/funeral").WithTags("Funeral 殡葬").RequireAuthorization(Permissions.FuneralRead);
        g.MapGet("/homes", (Homes h, CancellationToken ct) => h.ListAsync(ct))
            .WithSummary("Funeral homes in my jurisdiction with this year's cases, waivers and claims");
        g.MapGet("/catalogue", (DateOnly? on, Catalogue c, TimeProvider clock, CancellationToken ct) => c.OnAsync(on ?? ChinaTime.Today(clock), ct))
            .WithSummary("The free basic funeral services in force on a date (default today): items with standards, the overall cap and its legal basis");
        g.MapGet("/catalogue/versions", (Catalogue c, CancellationToken ct) => c.VersionsAsync(ct))
            .WithSummary("Every version of the free-services catalogue (2012, 2015, 2017-09, 2022-06-26), newest first");

        g.MapGet("/cases", ([AsParameters] CaseSearch s, CaseQueries q, CancellationToken ct) => q.ListAsync(s, ct))
            .WithSummary("Deaths recorded by the homes in my jurisdiction (filters: home, status, month of death, q = name/ID/certificate number); masked, paged, with counts");
        g.MapGet("/cases/{id:guid}", (Guid id, CaseQueries q, CancellationToken ct) => q.GetAsync(id, ct))
            .WithSummary("One case: deceased (ID masked), services, cremation, waiver with the catalogue version used, PersonDied notices and each module's outcome");
        g.MapPost("/cases", async (RecordCaseRequest r, CaseRecording rec, CancellationToken ct) =>
            {
                var v = await rec.RecordAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/cases/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.FuneralRecord)
            .WithSummary("Record a death at a home in my jurisdiction; publishes PersonDied (outbox, dispatched as the system). 409 when the deceased is already recorded");
        g.MapPut("/cases/{id:guid}/services", (Guid id, ServicesRequest r, CaseWork w, CancellationToken ct) => w.SetServicesAsync(id, r, ct))
            .RequireAuthorization(Permissions.FuneralRecord)
            .WithSummary("Replace the services delivered (catalogue items by code, extras by name; quantity × unit price); the waiver is recomputed");
        g.MapPost("/cases/{id:guid}/cremation", (Guid id, CremationRequest r, CaseWork w, CancellationToken ct) => w.CremateAsync(id, r, ct))
            .RequireAuthorization(Permissions.FuneralRecord)
            .WithSummary("Record the cremation: the certificate number is generated per home and year (HZ-SZ-2018-000123); a death elsewhere gives the other city's number and invoices");
        g.MapPost("/cases/{id:guid}/close", (Guid id, CaseWork w, CancellationToken ct) => w.CloseAsync(id, ct))
            .RequireAuthorization(Permissions.FuneralRecord).WithSummary("Close a cremated case");
        g.MapPost("/cases/{id:guid}/notify", (Guid id, CaseRecording rec, CancellationToken ct) => rec.NotifyAgainAsync(id, ct))
            .RequireAuthorization(Permissions.FuneralRecord)
            .WithSummary("Publish PersonDied again (a new notice row); handlers are idempotent so nothing changes twice");
        g.MapGet("/cases/{id:guid}/waiver-statement.pdf", async (Guid id, CaseQueries q, AuditEvents audit, TimeProvider clock, CancellationToken ct) =>
            {
                var pdf = WaiverStatementPdf.Render(await q.GetAsync(id, ct), ChinaTime.Today(clock));
                // the statement names the deceased: printing it is an export of personal data
                await audit.RecordAsync(AuditActions.Export, "FuneralWaiverStatement", id.ToString(), null, ct: ct);
                return TypedResults.File(pdf, "application/pdf", $"waiver-{id:N}.pdf");
            })
            .WithSummary("基本殡葬服务费用减免结算单 (PDF): services, standards, waiver and self-pay");

        g.MapGet("/claims", (int? year, Guid? home, string? status, Claims c, CancellationToken ct) => c.ListAsync(year, home, status, ct))
            .WithSummary("Monthly waiver claims of the homes in my jurisdiction (filters: year, home, status)");
        g.MapGet("/claims/{id:guid}", (Guid id, Claims c, CancellationToken ct) => c.GetAsync(id, ct)).WithSummary("One claim");
        g.MapPost("/claims", async (PrepareClaimRequest r, Claims c, CancellationToken ct) =>
            {
                var v = await c.PrepareAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/claims/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.FuneralRecord)
            .WithSummary("Prepare a home's claim for an ended month: every cremated case with a waiver in that month not yet claimed");
        g.MapPost("/claims/{id:guid}/submit", (Guid id, Claims c, CancellationToken ct) => c.SubmitAsync(id, ct))
            .RequireAuthorization(Permissions.FuneralRecord).WithSummary("Submit a prepared claim to the bureau");
        g.MapPost("/claims/{id:guid}/approve", (Guid id, Claims c, CancellationToken ct) => c.ApproveAsync(id, ct))
            .RequireAuthorization(Permissions.FuneralManage).WithSummary("Approve a submitted claim (not by whoever prepared or submitted it)");
        g.MapPost("/claims/{id:guid}/return", (Guid id, ReturnClaimRequest r, Claims c, CancellationToken ct) => c.ReturnAsync(id, r, ct))
            .RequireAuthorization(Permissions.FuneralManage).WithSummary("Return a submitted claim with a reason; its cases may be claimed again");
        g.MapGet("/claims/totals", (int? year, Claims c, TimeProvider clock, CancellationToken ct) => c.TotalsAsync(year ?? ChinaTime.Today(clock).Year, ct))
            .WithSummary("Totals of a year's claims by month and home (returned claims excluded; approved shown separately)");
        g.MapGet("/claims/totals.xlsx", async (int? year, ClaimsExcel x, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await x.ExportAsync(year ?? ChinaTime.Today(clock).Year, ct);
                return TypedResults.File(bytes, ClaimsExcel.ContentType, name);
            })
            .WithSummary("The same totals and the claim list as an Excel workbook");
    }
}
