using CivilAffairs.Contracts.Events;
using CivilAffairs.Platform.Events;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Web.Api;

/// <summary>POST /api/v1/events/person-died.</summary>
public sealed class PersonDiedRequest
{
    public string? IdNumber { get; set; }

    public DateOnly? DiedOn { get; set; }

    public string? Source { get; set; }
}

/// <summary>
/// Cross-module events published from outside (a hospital's or the police's death-certificate
/// feed, an integration): in the host because every module that reacts registers a handler.
/// The Funeral module publishes the same event itself when a funeral home records a death.
/// </summary>
internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/events/person-died", async (PersonDiedRequest r, PersonDiedDispatcher dispatcher, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (r.DiedOn is null || r.DiedOn > ChinaTime.Today(clock))
                {
                    errors.Add("diedOn", "请填写死亡日期（不能晚于今天）");
                }
                var id = r.DiedOn is { } d && IdNumber.TryParse(r.IdNumber, d, null, out var info, out _) ? info!.Normalized : null;
                if (id is null)
                {
                    errors.Add("idNumber", "请填写有效的居民身份证号码");
                }
                if (string.IsNullOrWhiteSpace(r.Source))
                {
                    errors.Add("source", "请注明信息来源（如火化证明、死亡医学证明编号）");
                }
                errors.ThrowIfAny();
                return await dispatcher.PublishAsync(new PersonDied(id!, r.DiedOn!.Value, r.Source!.Trim()), ct);
            })
            .RequireAuthorization(Permissions.EventsPublish).WithTags("Events 跨模块事件")
            .WithSummary("PersonDied: a resident died; each module stops what it pays or serves (permission events.publish)");
    }
}
