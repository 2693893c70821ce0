using CivilAffairs.Assistance.Features.Applications;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Platform.Events;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>
/// Registers this feature's services and maps its endpoints. It also registers the application
/// workflow's additional services (papers, notice, investigations, decision numbers), which have
/// no hook of their own in the module.
/// </summary>
internal static class EnrolmentFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ApplicationRecords>();
        services.AddScoped<DecisionNumbers>();
        services.AddScoped<Decisions.DecisionNotices>();
        services.AddScoped<CivilAffairs.Platform.Reminders.IReminderSource, Applications.AssistanceReminders>();
        services.AddScoped<EnrolmentQueries>();
        services.AddScoped<EnrolmentChanges>();
        services.AddScoped<DemoCases>();
        services.AddScoped<IPersonDiedHandler, AssistancePersonDiedHandler>();
        services.TryAddScoped<PersonDiedDispatcher>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/enrolments").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/", (string? programme, string? status, string? street, int? page, int? pageSize, EnrolmentQueries q, CancellationToken ct) =>
                q.ListAsync(programme, status, street, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Enrolled households in my jurisdiction (filters: programme, status, street division prefix)");
        g.MapGet("/{id:guid}", (Guid id, EnrolmentQueries q, CancellationToken ct) => q.GetAsync(id, ct)).WithSummary("One household: members, history, bank account (masked)");
        g.MapPut("/{id:guid}/bank-account", (Guid id, BankAccountRequest r, EnrolmentChanges c, CancellationToken ct) => c.SetBankAccountAsync(id, r, ct))
            .WithSummary("Set the bank account benefits are paid into (12–30 digits)");
        g.MapPost("/{id:guid}/members", (Guid id, AddMemberRequest r, EnrolmentChanges c, CancellationToken ct) => c.AddMemberAsync(id, r, ct))
            .WithSummary("A member joins from a month; the amount is recomputed");
        g.MapPost("/{id:guid}/members/{memberId:guid}/leave", (Guid id, Guid memberId, MemberChangeRequest r, EnrolmentChanges c, CancellationToken ct) =>
                c.MemberLeavesAsync(id, memberId, r, ct))
            .WithSummary("A member leaves from a month (reason required); the amount is recomputed");
        g.MapPost("/{id:guid}/members/{memberId:guid}/income", (Guid id, Guid memberId, MemberChangeRequest r, EnrolmentChanges c, CancellationToken ct) =>
                c.IncomeChangeAsync(id, memberId, r, ct))
            .WithSummary("A member's monthly income changes from a month; the amount is recomputed");
        g.MapPost("/{id:guid}/suspend", (Guid id, StatusChangeRequest r, EnrolmentChanges c, CancellationToken ct) => c.SuspendAsync(id, r, ct))
            .WithSummary("Suspend payment (reason; assistance.enrolment)");
        g.MapPost("/{id:guid}/resume", (Guid id, StatusChangeRequest r, EnrolmentChanges c, CancellationToken ct) => c.ResumeAsync(id, r, ct))
            .WithSummary("Resume payment (reason; assistance.enrolment)");
        g.MapPost("/{id:guid}/stop", (Guid id, StatusChangeRequest r, EnrolmentChanges c, CancellationToken ct) => c.StopAsync(id, r, ct))
            .WithSummary("Stop the enrolment (reason; assistance.approve)");

        // published by the future Funeral module (or an import of death certificates); every
        // module's IPersonDiedHandler reacts. Move to the host when a second module handles it.
        app.MapPost("/api/v1/events/person-died", async (PersonDiedRequest r, PersonDiedDispatcher dispatcher, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (r.DiedOn is null || r.DiedOn > CivilAffairs.Platform.Values.ChinaTime.Today(clock))
                {
                    errors.Add("diedOn", "请填写死亡日期（不能晚于今天）");
                }
                var id = r.DiedOn is { } d ? AssistancePersonDiedHandler.Normalize(r.IdNumber, d) : null;
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
