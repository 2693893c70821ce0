using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>节地生态安葬: applications and rewards, sea-burial voyages, reward payment batches, statistics, cemeteries.</summary>
internal static class EcoBurialFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in EcoBurialParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<EcoBurialPolicyReader>();
        services.AddScoped<SeatBooking>();
        services.AddScoped<EcoBurialIntake>();
        services.AddScoped<EcoBurialQueries>();
        services.AddScoped<EcoBurialDecisions>();
        services.AddScoped<RewardNoticePdf>();
        services.AddScoped<SeaBurials>();
        services.AddScoped<RewardPayments>();
        services.AddScoped<EcoBurialStats>();
        services.AddScoped<Cemeteries>();
        services.AddScoped<EcoBurialDemoSeeder>();
        services.AddScoped<ISeeder, EcoBurialSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/funeral").WithTags("Funeral 殡葬 · 节地生态安葬").RequireAuthorization(Permissions.FuneralRead);
        g.MapGet("/eco-burials", ([AsParameters] EcoBurialQuery q, EcoBurialQueries s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Applications in my jurisdiction (filters: status, type, month yyyy-MM, q = number / certificate / deceased ID); personal data masked");
        g.MapPost("/eco-burials", async (EcoBurialRequest r, EcoBurialIntake s, EcoBurialQueries q, CancellationToken ct) =>
            {
                var a = await s.SubmitAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/eco-burials/{a.Id}", await q.GetAsync(a.Id, ct));
            })
            .WithSummary("New application (funeral.record or funeral.manage): all required papers ticked or 400; a live application for the same deceased → 409; optional seaBurialEventId books the voyage");
        g.MapGet("/eco-burials/{id:guid}", (Guid id, EcoBurialQueries s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One application (404 outside my jurisdiction); ID numbers, phone and account masked");
        g.MapPost("/eco-burials/{id:guid}/assign", async (Guid id, AssignRequest r, EcoBurialDecisions s, EcoBurialQueries q, CancellationToken ct) =>
            {
                await s.AssignAsync(id, r, ct);
                return await q.GetAsync(id, ct);
            })
            .WithSummary("Book a sea-burial voyage: takes 1 set of ashes and a seat per companion (conditional update; 409 when full); extra seats charged");
        g.MapPost("/eco-burials/{id:guid}/approve", async (Guid id, EcoBurialDecisions s, EcoBurialQueries q, CancellationToken ct) =>
            {
                await s.ApproveAsync(id, ct);
                return await q.GetAsync(id, ct);
            })
            .WithSummary("Approve (funeral.manage) once the burial is carried out; the reward is computed on the burial date and the parameters used recorded");
        g.MapPost("/eco-burials/{id:guid}/reject", async (Guid id, RejectRequest r, EcoBurialDecisions s, EcoBurialQueries q, CancellationToken ct) =>
            {
                await s.RejectAsync(id, r, ct);
                return await q.GetAsync(id, ct);
            })
            .WithSummary("Reject with a reason (funeral.manage); a booked voyage place is given back");
        g.MapGet("/eco-burials/{id:guid}/notice.pdf", async (Guid id, RewardNoticePdf p, CancellationToken ct) =>
            {
                var (name, bytes) = await p.RenderAsync(id, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .WithSummary("奖励审批通知书 (after the decision)");

        g.MapGet("/sea-burials", (int? year, SeaBurials s, CancellationToken ct) => s.ListAsync(year, ct))
            .WithSummary("Sea-burial voyages (city-wide), newest first, optionally of one year");
        g.MapPost("/sea-burials", async (SeaBurialRequest r, SeaBurials s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/sea-burials/{v.Id}", v);
            })
            .WithSummary("Plan a voyage (funeral.manage): date, vessel, sets-of-ashes capacity, passenger seats");
        g.MapGet("/sea-burials/{id:guid}", (Guid id, SeaBurials s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One voyage with its taken places");
        g.MapPut("/sea-burials/{id:guid}/status", (Guid id, SeaBurialStatusRequest r, SeaBurials s, CancellationToken ct) => s.SetStatusAsync(id, r, ct))
            .WithSummary("Planned / Done (not before its date) / Cancelled (funeral.manage)");
        g.MapGet("/sea-burials/{id:guid}/passengers", (Guid id, SeaBurials s, CancellationToken ct) => s.PassengersAsync(id, ct))
            .WithSummary("The applications on a voyage that my jurisdiction may see, with companions (ID numbers masked)");
        g.MapGet("/sea-burials/{id:guid}/passengers.xlsx", async (Guid id, SeaBurials s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.PassengersExcelAsync(id, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("Boarding list as Excel (audited export)");

        g.MapGet("/eco-burial-payments", (RewardPayments s, CancellationToken ct) => s.OverviewAsync(ct))
            .WithSummary("Approved unpaid rewards by month of approval, and the payment batches");
        g.MapPost("/eco-burial-payments", async (RewardBatchRequest r, RewardPayments s, CancellationToken ct) =>
            {
                var b = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/eco-burial-payments/{b.Id}", b);
            })
            .WithSummary("Batch the approved unpaid rewards of a month (funeral.manage); 409 when there are none");
        g.MapGet("/eco-burial-payments/{id:guid}/bank-list.xlsx", async (Guid id, RewardPayments s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.BankListAsync(id, csv: false, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The bank file (shared layout of Platform BankFileWriter) as Excel: payee, ID, bank, full account, amount (audited export)");
        g.MapGet("/eco-burial-payments/{id:guid}/bank-list.csv", async (Guid id, RewardPayments s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.BankListAsync(id, csv: true, ct);
                return TypedResults.File(bytes, "text/csv", name);
            })
            .WithSummary("The same bank file as CSV (UTF-8 with BOM)");
        g.MapPost("/eco-burial-payments/{id:guid}/paid", (Guid id, RewardPayments s, CancellationToken ct) => s.MarkPaidAsync(id, ct))
            .WithSummary("The bank paid: the batch and its applications are marked paid (funeral.manage)");

        g.MapGet("/stats/eco-burial", (int? year, EcoBurialStats s, CancellationToken ct) => s.BuildAsync(year, ct))
            .WithSummary("Eco-burial statistics of a year: sets of ashes by month and form, hukou, rewards approved and paid, voyages held");
        g.MapGet("/stats/eco-burial.xlsx", async (int? year, EcoBurialStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The same statistics as Excel");

        g.MapGet("/cemeteries", (Cemeteries s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("公墓与骨灰堂 in my jurisdiction with utilisation");
        g.MapGet("/cemeteries/{id:guid}", (Guid id, Cemeteries s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One cemetery or columbarium");
        g.MapPost("/cemeteries", async (CemeteryRequest r, Cemeteries s, CancellationToken ct) =>
            {
                var c = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/funeral/cemeteries/{c.Id}", c);
            })
            .WithSummary("Register a cemetery or columbarium in my jurisdiction (funeral.manage)");
        g.MapPut("/cemeteries/{id:guid}", (Guid id, CemeteryRequest r, Cemeteries s, CancellationToken ct) => s.UpdateAsync(id, r, ct))
            .WithSummary("Change capacity, use, eco-burial area (funeral.manage; version checked)");
    }
}
