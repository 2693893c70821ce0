using System.Security.Claims;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Search;

namespace CivilAffairs.Web.Api;

/// <summary>Platform APIs: me, users, parameters, calendar, audit, search.</summary>
internal static class PlatformEndpoints
{
    public sealed record Me(string UserName, string DisplayName, string Role, string RoleName, string Jurisdiction, IReadOnlyList<string> Permissions);

    public sealed record WorkingDayAnswer(DateOnly From, int Days, DateOnly Date);

    public sealed record ParameterSummary(string Key, string DisplayName, string Unit, string Type, string Module, string? CurrentValue, DateOnly? ValidFrom, string? LegalBasis);

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapGet("/me", (ClaimsPrincipal u, ICurrentUser me) => new Me(me.UserName, me.DisplayName, me.Role, Roles.DisplayNameOf(me.Role),
                me.Jurisdiction ?? "", u.FindAll(Permissions.ClaimType).Select(c => c.Value).ToList()))
            .WithTags("Auth 认证").WithSummary("The signed-in user, role, jurisdiction and permissions");

        var users = api.MapGroup("/users").WithTags("Users 账户").RequireAuthorization(Permissions.UsersManage);
        users.MapGet("/", (UserAdmin a, CancellationToken ct) => a.ListAsync(ct)).WithSummary("Accounts within my jurisdiction");
        users.MapPost("/", async (CreateUserRequest r, UserAdmin a, CancellationToken ct) =>
        {
            var u = await a.CreateAsync(r, ct);
            return TypedResults.Created($"/api/v1/users/{u.Id}", u);
        }).WithSummary("Create an account (initial password must be changed at first login)");
        users.MapPost("/{id:guid}/disable", async (Guid id, UserAdmin a, CancellationToken ct) => { await a.SetDisabledAsync(id, true, ct); return TypedResults.NoContent(); });
        users.MapPost("/{id:guid}/enable", async (Guid id, UserAdmin a, CancellationToken ct) => { await a.SetDisabledAsync(id, false, ct); return TypedResults.NoContent(); });

        var parameters = api.MapGroup("/parameters").WithTags("Parameters 政策参数").RequireAuthorization(Permissions.ParametersRead);
        parameters.MapGet("/", async (ParameterStore s, TimeProvider clock, CancellationToken ct) =>
        {
            var today = Platform.Values.ChinaTime.Today(clock);
            var list = new List<ParameterSummary>();
            foreach (var d in s.Definitions)
            {
                var p = await s.FindAsync(d.Key, today, "4403", ct);
                list.Add(new ParameterSummary(d.Key, d.DisplayName, d.Unit, d.Type.ToString(), d.Module, p?.Value, p?.ValidFrom, p?.LegalBasis));
            }
            return list;
        }).WithSummary("Parameter definitions with the city-wide value in force today");
        parameters.MapGet("/{key}/history", (string key, ParameterStore s, CancellationToken ct) => s.HistoryAsync(key, ct)).WithSummary("Every version of a parameter");
        parameters.MapGet("/{key}/value", async (string key, DateOnly? date, string? divisionCode, ParameterStore s, TimeProvider clock, CancellationToken ct) =>
                await s.FindAsync(key, date ?? Platform.Values.ChinaTime.Today(clock), divisionCode ?? "4403", ct) is { } p
                    ? Results.Ok(new ParameterView(p.Id, p.Key, p.DivisionCode, p.Value, p.ValidFrom, p.ValidTo, p.LegalBasis, p.Note, p.CreatedBy, p.CreatedAtUtc, p.DocumentNumber))
                    : throw new NotFoundException("该日期没有生效的参数值"))
            .WithSummary("The value in force on a date for a division (most specific division wins)");
        parameters.MapPost("/", async (SetParameterRequest r, ParameterStore s, CancellationToken ct) => TypedResults.Created($"/api/v1/parameters/{r.Key}/history", await s.SetAsync(r, ct)))
            .RequireAuthorization(Permissions.ParametersManage).WithSummary("Add a version of a parameter (effective-dated, with legal basis; documentNumber optionally cites a current document of the governance register — unknown or no longer current → 400)");

        var calendar = api.MapGroup("/calendar").WithTags("Calendar 工作日历");
        calendar.MapGet("/working-days", async (DateOnly from, int days, WorkingDayCalendar c, CancellationToken ct) =>
        {
            if (days is < 0 or > 3650)
            {
                throw new FieldValidationException("days", "工作日天数须在0至3650之间");
            }
            return new WorkingDayAnswer(from, days, await c.AddWorkingDaysAsync(from, days, ct));
        }).WithSummary("The date N working days after a date (official holidays and make-up working days)");
        calendar.MapGet("/days", async (int year, Platform.Data.PlatformDb db, CancellationToken ct) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.CalendarDays.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).OrderBy(d => d.Date), ct))
            .WithSummary("Official holidays and make-up working days of a year");

        var audit = api.MapGroup("/audit").WithTags("Audit 审计").RequireAuthorization(Permissions.AuditRead);
        audit.MapGet("/", ([AsParameters] AuditQuery q, AuditReader r, CancellationToken ct) => r.SearchAsync(q, ct)).WithSummary("Search the audit log");
        audit.MapPost("/verify", (AuditReader r, CancellationToken ct) => r.VerifyAsync(ct)).WithSummary("Verify the hash chain");

        api.MapGet("/search", async (string q, IEnumerable<ISearchProvider> providers, CancellationToken ct) =>
        {
            var hits = new List<SearchHit>();
            foreach (var p in providers)
            {
                hits.AddRange(await p.SearchAsync(q, 10, ct));
            }
            return hits;
        }).WithTags("Search 搜索").WithSummary("Global search across modules (scoped, masked)");
    }
}
