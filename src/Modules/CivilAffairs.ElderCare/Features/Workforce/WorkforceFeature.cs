using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Workforce;

/// <summary>养老人才: care workers, training courses (深圳健康养老学院), enrolments and results.</summary>
internal static class WorkforceFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Workforce>();
        services.AddScoped<WorkforceStatsService>();
        services.AddScoped<IElderCareFigures>(sp => sp.GetRequiredService<WorkforceStatsService>());
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // providers (eldercare.provide) and bureau staff share these; the data layer narrows a provider to its own workers
        var g = app.MapGroup("/api/v1/eldercare").WithTags("ElderCare 养老人才").RequireAuthorization(ElderCarePolicies.ReadOrProvide);
        g.MapGet("/workers", ([AsParameters] WorkerSearch s, Workforce w, CancellationToken ct) => w.WorkersAsync(s, ct))
            .WithSummary("Care workers (filters: institution, qualification, q); masked; a provider sees only its own");
        g.MapPost("/workers", async (WorkerRequest r, Workforce w, CancellationToken ct) =>
            {
                var v = await w.AddWorkerAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/workers/{v.Id}", v);
            })
            .WithSummary("Register a care worker (name, ID number, qualification Junior…SeniorTechnician with certificate number, employer institution code); a provider only for itself");
        g.MapPut("/workers/{id:guid}", (Guid id, WorkerRequest r, Workforce w, CancellationToken ct) => w.UpdateWorkerAsync(id, r, ct))
            .WithSummary("Change a worker's qualification, certificate or whether still employed");
        g.MapGet("/workers.xlsx", async (int? year, WorkforceStatsService s, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year ?? ChinaTime.Today(clock).Year, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("Workers (masked), the year's courses and the statistics as Excel; audited export");
        g.MapGet("/workforce/stats", (int? year, string? division, WorkforceStatsService s, TimeProvider clock, CancellationToken ct) =>
                s.StatsAsync(year ?? ChinaTime.Today(clock).Year, division, ct))
            .RequireAuthorization(Permissions.ElderCareRead)
            .WithSummary("Workers by qualification and employer kind, trained in the year, completion rate");
        g.MapGet("/courses", (int? year, Workforce w, CancellationToken ct) => w.CoursesAsync(year, ct)).WithSummary("Training courses with places taken and results");
        g.MapGet("/courses/{id:guid}", (Guid id, Workforce w, CancellationToken ct) => w.CourseAsync(id, ct))
            .WithSummary("A course and its enrolments (a provider sees its own workers only)");
        g.MapPost("/courses", async (CourseRequest r, Workforce w, CancellationToken ct) =>
            {
                var v = await w.AddCourseAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/courses/{v.Id}", v);
            })
            .WithSummary("Publish a course (eldercare.manage): title, organiser, dates, hours, capacity, level");
        g.MapPost("/courses/{id:guid}/enrolments", async (Guid id, EnrolRequest r, Workforce w, CancellationToken ct) =>
            {
                var v = await w.EnrolAsync(id, r, ct);
                return TypedResults.Created($"/api/v1/eldercare/courses/{id}/enrolments/{v.Id}", v);
            })
            .WithSummary("Enrol a worker (the employer or bureau staff); refused (409) when the course is full or over");
        g.MapPost("/courses/{id:guid}/enrolments/{enrolmentId:guid}/result", (Guid id, Guid enrolmentId, ResultRequest r, Workforce w, CancellationToken ct) =>
                w.RecordResultAsync(id, enrolmentId, r, ct))
            .WithSummary("Record pass (with certificate number; raises the worker's qualification to the course level) or fail (eldercare.manage)");
    }
}
