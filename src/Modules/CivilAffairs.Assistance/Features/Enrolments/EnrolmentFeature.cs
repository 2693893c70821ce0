using CivilAffairs.Assistance.Features.Applications;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddScoped<CivilAffairs.Contracts.Assistance.IAssistanceStatusLookup, AssistanceStatusLookup>();
        services.AddScoped<DecisionNumbers>();
        services.AddScoped<Decisions.DecisionNotices>();
        services.AddScoped<CivilAffairs.Platform.Reminders.IReminderSource, Applications.AssistanceReminders>();
        services.AddScoped<EnrolmentQueries>();
        services.AddScoped<EnrolmentChanges>();
        services.AddScoped<DemoCases>();
        services.AddScoped<IPersonDiedHandler, AssistancePersonDiedHandler>();
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

    }
}
